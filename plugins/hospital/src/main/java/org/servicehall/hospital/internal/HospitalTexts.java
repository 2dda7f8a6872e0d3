package org.servicehall.hospital.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

/**
 * The hospital's texts for people to read, from {@code HALL-INF/i18n/hospital.properties} and
 * {@code hospital_zh_CN.properties} (also the console's translations while the plugin runs), and
 * the field checks every hospital form shares. Plain Java.
 */
public final class HospitalTexts {
    public static final Texts TEXTS = Texts.of(HospitalTexts.class, "hospital");

    private HospitalTexts() {
    }

    public static Message message(String key, Object... args) {
        return TEXTS.message(key, args);
    }

    /** The messages as one list in the reader's language: "a、b、c" in Chinese, "a, b, c" in English. */
    public static Message list(Collection<Message> items) {
        List<Message> all = new ArrayList<>(items);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("an empty list");
        }
        Message out = all.get(all.size() - 1);
        for (int i = all.size() - 2; i >= 0; i--) {
            out = TEXTS.message("list.join", all.get(i), out);
        }
        return out;
    }

    /** A required text of at most {@code max} characters; adds the field's error when it is not. */
    public static void text(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(ValidationException.FieldError.of(field, TEXTS.message("error.field.required")));
        } else if (value.length() > max) {
            errors.add(ValidationException.FieldError.of(field, TEXTS.message("error.field.tooLong", max)));
        }
    }

    /** An optional text of at most {@code max} characters. */
    public static void optional(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(ValidationException.FieldError.of(field, TEXTS.message("error.field.tooLong", max)));
        }
    }

    public static void throwIf(List<ValidationException.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Blank is null, else stripped. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
