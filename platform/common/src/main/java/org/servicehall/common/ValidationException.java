package org.servicehall.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that breaks one or more rules. Each {@link FieldError} names the field and what is
 * wrong with it, so a form can show the message beside the field. Nothing was saved.
 */
public class ValidationException extends HallException {
    private static final long serialVersionUID = 1L;

    /**
     * One broken rule: the field (as named in the form or JSON) and a message naming the problem;
     * since 1.3 optionally the message from the resource bundles ({@code text}, may be null), which
     * {@link #message(Locale)} puts into the reader's language.
     */
    public record FieldError(String field, String message, Message text) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }

        /** A field error whose message comes from the resource bundles. @since 1.3 */
        public static FieldError of(String field, Message text) {
            return new FieldError(field, text.toString(), text);
        }

        /** The message in {@code locale}. @since 1.3 */
        public String message(Locale locale) {
            return text == null ? message : text.in(locale);
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** One field's error, its message from the resource bundles. @since 1.3 */
    public static ValidationException of(String field, Message message) {
        return new ValidationException(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message for each field, for binding to form fields. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }

    /** As {@link #byField()}, each message in {@code locale}. @since 1.3 */
    public Map<String, String> byField(Locale locale) {
        return errors.stream().collect(Collectors.toMap(FieldError::field, e -> e.message(locale), (a, b) -> a));
    }

    /** Each field's problem in {@code locale}, "field: message" joined by "; ". @since 1.3 */
    @Override
    public String message(Locale locale) {
        return errors.stream().map(e -> e.field() + ": " + e.message(locale)).collect(Collectors.joining("; "));
    }
}
