package org.servicehall.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

import jakarta.ws.rs.core.Response;

/**
 * What REST resources read from a request and how they answer a download, written once: a body
 * that must be there, a day, a month, an instant or an enum value given as text (each bad value a
 * {@link ValidationException} naming the field, as a 400 problem), a CSV or other attachment and a
 * 201 Created answer (since 1.5). Values
 * are trimmed before they are read; the error repeats the value as it was sent.
 *
 * @since 1.4
 */
public final class RequestValues {
    /** The media type of the CSV answers, UTF-8. */
    public static final String CSV = "text/csv; charset=UTF-8";
    private static final Texts TEXTS = Texts.of(RequestValues.class, "web");

    private RequestValues() {
    }

    /** The body, or a validation error on field {@code body}: "{@code what} is required". */
    public static <T> T required(T body, String what) {
        if (body == null) {
            throw ValidationException.of("body", TEXTS.message("web.body.requiredNamed", what));
        }
        return body;
    }

    /** A day like {@code 2026-11-30}; {@code fallback} when none is given, or "is required" if that is null. */
    public static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw ValidationException.of(field, TEXTS.message("web.value.required"));
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, TEXTS.message("web.value.date", value));
        }
    }

    /** A month like {@code 2026-11} (none given is not a month). */
    public static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, TEXTS.message("web.value.month", value));
        }
    }

    /** An ISO-8601 instant like {@code 2026-11-30T00:45:00Z} (none given is not an instant). */
    public static Instant instant(String field, String value) {
        try {
            return Instant.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, TEXTS.message("web.value.instant", value));
        }
    }

    /** One of {@code type}'s constants by its name, in any case (none given is none of them). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, TEXTS.message("web.value.oneOf", Arrays.toString(type.getEnumConstants()), value));
        }
    }

    /** A CSV download: {@code body} as {@link #CSV}, saved as {@code name.csv}. */
    public static Response csv(String body, String name) {
        return attachment(body, CSV, name + ".csv");
    }

    /**
     * A download of another type: {@code body} (bytes, a text or a stream) as {@code type}, saved as {@code fileName}.
     *
     * @since 1.5
     */
    public static Response attachment(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * 201 Created with {@code entity} (what the request made) as the body.
     *
     * @since 1.5
     */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
