package org.servicehall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The request values every area's REST resources read: each bad one names its field and repeats what was sent. */
class RequestValuesTest {
    enum Outcome { PASSED, ABSENT }

    @Test
    void aMissingBodyIsAnErrorOnTheBody() {
        ValidationException e = assertThrows(ValidationException.class, () -> RequestValues.required(null, "a staff number"));
        assertEquals("a staff number is required", e.byField().get("body"));
        assertEquals("x", RequestValues.required("x", "a staff number"));
    }

    @Test
    void aDayIsReadTrimmedWithItsFallbackWhenNoneIsGiven() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 11, 2), RequestValues.date("from", " 2026-11-02 ", today));
        assertEquals(today, RequestValues.date("from", " ", today));
        assertEquals("is required", assertThrows(ValidationException.class, () -> RequestValues.date("date", null, null))
                .byField().get("date"));
        assertEquals("must be a date like 2026-11-30, not '30.11.2026'",
                assertThrows(ValidationException.class, () -> RequestValues.date("to", "30.11.2026", today)).byField().get("to"));
    }

    @Test
    void monthsInstantsAndEnumValuesNameTheirField() {
        assertEquals(YearMonth.of(2026, 11), RequestValues.month("month", "2026-11 "));
        assertEquals("must be a month like 2026-11, not 'null'",
                assertThrows(ValidationException.class, () -> RequestValues.month("month", null)).byField().get("month"));
        assertEquals(Instant.parse("2026-11-30T00:45:00Z"), RequestValues.instant("clockIn", "2026-11-30T00:45:00Z"));
        assertEquals("must be a time like 2026-11-30T00:45:00Z, not '00:45'",
                assertThrows(ValidationException.class, () -> RequestValues.instant("clockIn", "00:45")).byField().get("clockIn"));
        assertEquals(Outcome.PASSED, RequestValues.enumValue(Outcome.class, "outcome", " passed"));
        assertEquals("must be one of [PASSED, ABSENT], not 'late'",
                assertThrows(ValidationException.class, () -> RequestValues.enumValue(Outcome.class, "outcome", "late"))
                        .byField().get("outcome"));
    }

    @Test
    void aCsvIsAnAttachmentInUtf8() {
        Response r = RequestValues.csv("a;b\n", "report-DEMO-2026-11");
        assertEquals(MediaType.valueOf(RequestValues.CSV), r.getMediaType());
        assertEquals("attachment; filename=\"report-DEMO-2026-11.csv\"", r.getHeaderString("Content-Disposition"));
        assertEquals("a;b\n", r.getEntity());
    }
}
