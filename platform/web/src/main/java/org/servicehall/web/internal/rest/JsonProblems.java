package org.servicehall.web.internal.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException.FieldError;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * What is wrong with a request's JSON, in words a client can act on: the field as a path
 * ({@code findings[1].ruleCode}, or {@code body} for the whole) and what was expected and got, e.g.
 * "at: expected a date-time text such as 2026-12-02T09:00:00Z, got a number".
 */
final class JsonProblems {
    /** The field name for a problem with the body as a whole. */
    static final String BODY = "body";
    /** The web's texts (HALL-INF/i18n/web*.properties): what the API says about a request, in the caller's language. */
    static final Texts TEXTS = Texts.of(JsonProblems.class, "web");
    private static final Pattern COERCED_IN_MESSAGE = Pattern.compile("^Cannot coerce ([A-Za-z]+)");
    private static final Pattern TOKEN_IN_MESSAGE = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");

    private JsonProblems() {
    }

    /** The field the problem is in, from Jackson's path: {@code list[2].text}, or {@code body}. */
    static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? BODY : path.toString();
    }

    /** The problem as one field error, or null if it is not about one value (then the JSON itself is broken). */
    static FieldError describe(JsonMappingException e) {
        String field = field(e);
        if (e instanceof PropertyBindingException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return FieldError.of(field, known.isEmpty() ? TEXTS.message("web.json.notAField")
                    : TEXTS.message("web.json.notAFieldKnown", String.join(", ", known)));
        }
        if (!(e instanceof MismatchedInputException mismatch)) {
            return null;
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonToken at = e.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
        Matcher named = TOKEN_IN_MESSAGE.matcher(original);
        if (at == null && named.find()) {
            at = JsonToken.valueOf(named.group(1)); // the parser was closed; Jackson's message names the token
        }
        if (original.startsWith("Missing required creator property")) {
            return FieldError.of(field, TEXTS.message("web.json.required"));
        }
        Class<?> target = mismatch.getTargetType();
        if (target == null) {
            return new FieldError(field, original);
        }
        Object got;
        if (original.startsWith("expected ") && original.endsWith(", got null")) {
            got = kind("null"); // said by ApiJson.NoNullPrimitive
        } else if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            Object value = invalid.getValue();
            got = value instanceof String s ? "\"" + shorten(s) + "\"" : value instanceof Number ? kind("number") : String.valueOf(value);
        } else if (at != null) {
            got = got(at);
        } else {
            Matcher coerced = COERCED_IN_MESSAGE.matcher(original);
            got = !coerced.find() ? null : switch (coerced.group(1)) {
            case "String" -> kind("text");
            case "empty" -> kind("emptyText");
            case "Boolean" -> kind("boolean");
            default -> kind("number");
            };
        }
        return FieldError.of(field, got == null ? TEXTS.message("web.json.expected", expected(target))
                : TEXTS.message("web.json.expectedGot", expected(target), got));
    }

    /** The kind of JSON value a Java type is read from, with an example where it helps. */
    static Message expected(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)) {
            return kind("text");
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
                || type == Long.class || type == Short.class || type == Byte.class || type == BigInteger.class) {
            return kind("wholeNumber");
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class || type == BigDecimal.class
                || Number.class.isAssignableFrom(type)) {
            return kind("number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return kind("boolean");
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return kind("instant");
        }
        if (type == LocalDateTime.class) {
            return kind("localDateTime");
        }
        if (type == LocalDate.class) {
            return kind("date");
        }
        if (type == LocalTime.class || type == OffsetTime.class) {
            return kind("time");
        }
        if (type == YearMonth.class) {
            return kind("month");
        }
        if (type == Year.class) {
            return kind("year");
        }
        if (type == MonthDay.class) {
            return kind("monthDay");
        }
        if (type == Duration.class) {
            return kind("duration");
        }
        if (type == Period.class) {
            return kind("period");
        }
        if (type.isEnum()) {
            return TEXTS.message("web.kind.oneOf", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        if (type.isArray() && type != byte[].class || Collection.class.isAssignableFrom(type)) {
            return kind("list");
        }
        if (type == byte[].class) {
            return kind("base64");
        }
        return Map.class.isAssignableFrom(type) || type.getSimpleName().isEmpty() ? kind("object")
                : TEXTS.message("web.kind.objectNamed", type.getSimpleName());
    }

    /** The kind of JSON value the parser stood on. */
    static Object got(JsonToken token) {
        if (token == null) {
            return kind("nothing");
        }
        return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> kind("number");
        case VALUE_STRING -> kind("text");
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> kind("null");
        case START_OBJECT, FIELD_NAME, END_OBJECT -> kind("object");
        case START_ARRAY, END_ARRAY -> kind("list");
        default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static Message kind(String name) {
        return TEXTS.message("web.kind." + name);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
