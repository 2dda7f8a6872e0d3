package org.servicehall.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RetentionCutoffsTest {
    private static final Instant BEFORE = Instant.parse("2025-11-30T20:00:00Z");
    private static final Site SHANGHAI = new Site(1, "SH", "Shanghai", "", LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"));
    private static final Site LONDON = new Site(2, "LDN", "London", "", LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Europe/London"));

    @Test
    void aSiteWithItsOwnPeriodHasItsCutOffTheOthersTheInstallations_S3() {
        Instant own = Instant.parse("2026-05-30T20:00:00Z");
        RetentionCutoffs cutoffs = RetentionCutoffs.of(List.of(SHANGHAI, LONDON), BEFORE, Map.of("LDN", own, "GONE", Instant.MAX));
        assertEquals(BEFORE, cutoffs.of(1));
        assertEquals(own, cutoffs.of(2));
        assertEquals(BEFORE, cutoffs.of(99), "a site not among them has the installation's");
        assertEquals(own, cutoffs.latest(), "a code of no site counts for nothing");
    }

    @Test
    void theLatestIsTheInstallationsAtLeastAndTheDayIsReadInTheSitesZone_S3() {
        RetentionCutoffs cutoffs = RetentionCutoffs.of(List.of(SHANGHAI, LONDON), BEFORE, Map.of("SH", Instant.parse("2024-01-01T00:00:00Z")));
        assertEquals(BEFORE, cutoffs.latest());
        assertEquals(LocalDate.of(2025, 11, 30), cutoffs.day(2));
        assertEquals(LocalDate.of(2025, 12, 1), RetentionCutoffs.of(List.of(SHANGHAI), BEFORE, Map.of()).day(1),
                "20:00 UTC is the next day in Shanghai");
        assertNull(cutoffs.day(99), "no day for a site not among them");
    }
}
