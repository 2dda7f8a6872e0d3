package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.fixture.OpenApiCheck;
import org.servicehall.taxhall.internal.QueueMeasure.Measure;

/** The tax hall's REST answers as its OpenAPI document describes them (TX2, TX3). */
class TaxHallApiDocumentTest {
    private final OpenApiCheck api = new OpenApiCheck(TaxHallResource.class);

    @Test
    void answersAreAsDocumented_TX2_TX3() {
        assertEquals(List.of(), api.problemsOfGet("/v1/tax-hall/public/policy-notes", new PolicyNotes().notes(TaxItems.REG_CHANGE, Locale.ENGLISH)));
        assertEquals(List.of(), api.problemsOfGet("/v1/tax-hall/public/fees",
                new TaxHallResource.FeeSchedule(TaxItems.WORK_COST, new BigDecimal("10.00"), new BigDecimal("4.00"), "TX2")));
        QueueMeasure standing = new QueueMeasure(1, 1, TaxItems.REG_CHANGE, 7, Measure.OFFER_BOOKING, 11, 10, Instant.parse("2026-12-01T02:00:00Z"), null);
        QueueMeasure ended = new QueueMeasure(2, 1, TaxItems.REG_CHANGE, 7, Measure.OPEN_WINDOWS, 11, 10, Instant.parse("2026-12-01T02:00:00Z"),
                Instant.parse("2026-12-01T02:20:00Z"));
        assertEquals(List.of(), api.problemsOfGet("/v1/tax-hall/public/sites/TAX-1/measures", List.of(standing)));
        assertEquals(List.of(), api.problemsOfGet("/v1/tax-hall/sites/TAX-1/measures", List.of(ended, standing)));
    }
}
