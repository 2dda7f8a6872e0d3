package org.servicehall.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of one input before failing, so a form shows all problems at
 * once. Plain Java; the domain classes of every area use it.
 */
public final class Validator {
    private static final Texts TEXTS = Texts.of(Validator.class, "common");
    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validator required(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, TEXTS.message("common.validation.required"));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            error(field, TEXTS.message("common.validation.maxLength", value.length(), max));
        }
        return this;
    }

    /**
     * A text that reaches a citizen or a board holds no control characters, direction overrides or
     * broken characters ({@link CitizenText}).
     *
     * @param multiLine whether line feeds and tabs are allowed
     * @since 1.1
     */
    public Validator citizenText(String field, String value, boolean multiLine) {
        CitizenText.problemMessage(value, multiLine).ifPresent(problem -> error(field, problem));
        return this;
    }

    public Validator matches(String field, String value, Pattern pattern, String explanation) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            error(field, "'" + value + "' " + explanation);
        }
        return this;
    }

    public Validator range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            error(field, TEXTS.message("common.validation.range", value, min, max));
        }
        return this;
    }

    public Validator check(boolean ok, String field, String message) {
        if (!ok) {
            error(field, message);
        }
        return this;
    }

    public Validator error(String field, String message) {
        errors.add(new ValidationException.FieldError(field, message));
        return this;
    }

    /** As {@link #check(boolean, String, String)}, the message from the resource bundles. @since 1.3 */
    public Validator check(boolean ok, String field, Message message) {
        if (!ok) {
            error(field, message);
        }
        return this;
    }

    /** A broken rule whose message comes from the resource bundles, read in the reader's language. @since 1.3 */
    public Validator error(String field, Message message) {
        errors.add(ValidationException.FieldError.of(field, message));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws a {@link ValidationException} listing every collected problem, if there is one. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
