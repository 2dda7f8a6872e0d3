package org.servicehall.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that breaks one or more rules. Each {@link FieldError} names the field and what is
 * wrong with it, so a form can show the message beside the field. Nothing was saved.
 */
public class ValidationException extends HallException {
    private static final long serialVersionUID = 1L;

    /** One broken rule: the field (as named in the form or JSON) and a message naming the problem. */
    public record FieldError(String field, String message) {
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

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message for each field, for binding to form fields. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }
}
