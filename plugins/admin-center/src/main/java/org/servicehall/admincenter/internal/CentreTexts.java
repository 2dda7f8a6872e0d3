package org.servicehall.admincenter.internal;

import java.util.List;
import java.util.Locale;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

/**
 * The centre's texts for people to read, from {@code HALL-INF/i18n/admin-center.properties} and
 * {@code admin-center_zh_CN.properties} (also the console's translations while the plugin runs), and
 * the field checks its forms share. Plain Java.
 */
public final class CentreTexts {
    public static final Texts TEXTS = Texts.of(CentreTexts.class, "admin-center");

    private CentreTexts() {
    }

    /** The prefix of every key: all bundles share the console's key space (docs/plugins.md). */
    public static final String PREFIX = "admincenter.";

    /** The message of {@code key} (without the {@link #PREFIX}). */
    public static Message message(String key, Object... args) {
        return TEXTS.message(PREFIX + key, args);
    }

    public static String text(String key, Locale locale, Object... args) {
        return message(key, args).in(locale);
    }

    /** A required text of at most {@code max} characters; adds the field's error when it is not. */
    public static void required(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(ValidationException.FieldError.of(field, message("error.field.required", message("field." + field))));
        } else if (value.length() > max) {
            errors.add(ValidationException.FieldError.of(field, message("error.field.tooLong", message("field." + field), max)));
        }
    }

    /** An optional text of at most {@code max} characters. */
    public static void optional(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(ValidationException.FieldError.of(field, message("error.field.tooLong", message("field." + field), max)));
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
