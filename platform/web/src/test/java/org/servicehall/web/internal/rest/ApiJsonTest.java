package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Issue 10 item 5: the API's mapper refuses values of the wrong JSON type instead of converting them. */
class ApiJsonTest {
    private final ObjectMapper mapper = ApiJson.mapper();

    enum Level { GOOD, BAD }

    public record Times(Instant at, OffsetDateTime offset, ZonedDateTime zoned, LocalDate receivedOn, LocalTime slot,
            LocalDateTime local, Duration lead, YearMonth month) {
    }

    public record Values(String text, Integer count, int number, Boolean flag, BigDecimal value, Double share, Level level) {
    }

    private String refusal(Class<?> type, String json) {
        // read as the JAX-RS provider reads: from a parser the reader does not close
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readerFor(type).readValue(mapper.createParser(json)),
                json);
        ValidationException.FieldError p = JsonProblems.describe(e);
        return p.field() + ": " + p.message();
    }

    @ParameterizedTest
    @ValueSource(strings = { "at", "offset", "zoned", "receivedOn", "slot", "local", "lead", "month" })
    void noDateTimeOrDurationIsReadFromANumber(String field) {
        String problem = refusal(Times.class, "{\"" + field + "\": 12345}");
        assertEquals(field + ": ", problem.substring(0, field.length() + 2));
        assertEquals(true, problem.endsWith(", got a number"), problem);
    }

    @Test
    void theRefusalSaysWhatWasExpected() {
        assertEquals("at: expected a date-time text such as 2026-12-02T09:00:00Z, got a number", refusal(Times.class, "{\"at\": 12345}"));
        assertEquals("receivedOn: expected a date text such as 2026-12-02, got a number",
                refusal(Times.class, "{\"receivedOn\": 12345}"));
        assertEquals("receivedOn: expected a date text such as 2026-12-02, got a list",
                refusal(Times.class, "{\"receivedOn\": [2026, 12, 2]}"));
        assertEquals("slot: expected a time text such as 09:30, got a number", refusal(Times.class, "{\"slot\": 3600}"));
        assertEquals("text: expected a text, got a number", refusal(Values.class, "{\"text\": 12345}"));
        assertEquals("text: expected a text, got a number", refusal(Values.class, "{\"text\": 1.5}"));
        assertEquals("text: expected a text, got false", refusal(Values.class, "{\"text\": false}"));
        assertEquals("text: expected a text, got an object", refusal(Values.class, "{\"text\": {}}"));
        assertEquals("count: expected a whole number, got a text", refusal(Values.class, "{\"count\": \"12\"}"));
        assertEquals("count: expected a whole number, got a number", refusal(Values.class, "{\"count\": 1.5}"));
        assertEquals("number: expected a whole number, got null", refusal(Values.class, "{\"number\": null}"));
        assertEquals("flag: expected true or false, got a number", refusal(Values.class, "{\"flag\": 1}"));
        assertEquals("flag: expected true or false, got a text", refusal(Values.class, "{\"flag\": \"true\"}"));
        assertEquals("value: expected a number, got a text", refusal(Values.class, "{\"value\": \"1.5\"}"));
        assertEquals("level: expected one of GOOD, BAD, got a number", refusal(Values.class, "{\"level\": 0}"));
        assertEquals("level: expected one of GOOD, BAD, got \"FINE\"", refusal(Values.class, "{\"level\": \"FINE\"}"));
    }

    @Test
    void valuesOfTheRightTypeAreRead() throws Exception {
        Times t = mapper.readValue("{\"at\": \"2026-12-02T09:00:00Z\", \"receivedOn\": \"2026-12-02\", \"slot\": \"09:30\", "
                + "\"lead\": \"PT15M\", \"month\": \"2026-12\"}", Times.class);
        assertEquals(Instant.parse("2026-12-02T09:00:00Z"), t.at());
        assertEquals(LocalDate.of(2026, 12, 2), t.receivedOn());
        assertEquals(Duration.ofMinutes(15), t.lead());
        // JSON has one number type: a whole number is a fine decimal
        Values v = mapper.readValue("{\"text\": \"x\", \"count\": 3, \"number\": 4, \"flag\": true, \"value\": 100, \"share\": 1, "
                + "\"level\": \"GOOD\"}", Values.class);
        assertEquals(new Values("x", 3, 4, true, new BigDecimal("100"), 1.0, Level.GOOD), v);
    }

    @Test
    void datesAndDurationsAreWrittenAsTexts() throws Exception {
        assertEquals("{\"at\":\"2026-12-02T09:00:00Z\",\"offset\":null,\"zoned\":null,\"receivedOn\":\"2026-12-02\",\"slot\":null,"
                + "\"local\":null,\"lead\":\"PT15M\",\"month\":\"2026-12\"}",
                mapper.writeValueAsString(new Times(Instant.parse("2026-12-02T09:00:00Z"), null, null, LocalDate.of(2026, 12, 2), null,
                        null, Duration.ofMinutes(15), YearMonth.of(2026, 12))));
    }

    public record Share(double withinTarget, Double average, float rate) {
    }

    /** Issue 10 item 8: a share of nothing (NaN) is written as null in a number field, never as the text "NaN". */
    @Test
    void notANumberIsWrittenAsNull() throws Exception {
        assertEquals("{\"withinTarget\":null,\"average\":null,\"rate\":null}",
                mapper.writeValueAsString(new Share(Double.NaN, Double.POSITIVE_INFINITY, Float.NaN)));
        assertEquals("{\"withinTarget\":0.5,\"average\":2.0,\"rate\":1.5}", mapper.writeValueAsString(new Share(0.5, 2.0, 1.5f)));
    }
}
