package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.Light;
import org.servicehall.site.WorkingDayCalendar;

/** T3 electronic supervision: green, yellow (within a number of working days, default 1, or a share of the limit), red after the deadline. */
class LightRuleTest {
    private final WorkingDayCalendar calendar = Holidays2026.calendar();

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private Light on(LightRule rule, int limit, String due, String today) {
        LocalDate d = day(due);
        return LightRule.light(day(today), rule.yellowFrom(calendar, limit, d), d);
    }

    @Test
    void defaultYellowFromTheWorkingDayBeforeTheDeadline_T3() {
        // due Mon 12 Oct 2026: the working day before is the make-up Saturday 10 Oct
        assertEquals(day("2026-10-10"), LightRule.DEFAULT.yellowFrom(calendar, 3, day("2026-10-12")));
        assertEquals(Light.GREEN, on(LightRule.DEFAULT, 3, "2026-10-12", "2026-10-09"));
        assertEquals(Light.YELLOW, on(LightRule.DEFAULT, 3, "2026-10-12", "2026-10-10"));
        assertEquals(Light.YELLOW, on(LightRule.DEFAULT, 3, "2026-10-12", "2026-10-11"), "the Sunday between stays yellow");
        assertEquals(Light.YELLOW, on(LightRule.DEFAULT, 3, "2026-10-12", "2026-10-12"), "the deadline's own day is not overdue");
        assertEquals(Light.RED, on(LightRule.DEFAULT, 3, "2026-10-12", "2026-10-13"));
    }

    @Test
    void yellowWithinMoreDays_T3() {
        LightRule three = new LightRule(3, 0);
        // due Fri 9 Oct: working days before it: Thu 8 Oct (1), 1-7 Oct off, Wed 30 Sep (2), Tue 29 Sep (3) -> yellow from 29 Sep
        assertEquals(day("2026-09-29"), three.yellowFrom(calendar, 10, day("2026-10-09")));
        assertEquals(Light.GREEN, on(three, 10, "2026-10-09", "2026-09-28"));
        assertEquals(Light.YELLOW, on(three, 10, "2026-10-09", "2026-09-29"));
        assertEquals(Light.YELLOW, on(three, 10, "2026-10-09", "2026-10-05"), "the holidays between stay yellow");
    }

    @Test
    void yellowForTheLastShareOfTheLimit_T3() {
        LightRule quarter = new LightRule(1, 0.25);
        // 20 working days: yellow for the last 5; due Fri 30 Oct -> 23 Oct (26, 27, 28, 29, ... 5th before is Fri 23 Oct)
        assertEquals(day("2026-10-23"), quarter.yellowFrom(calendar, 20, day("2026-10-30")));
        // 3 working days: 0.75 rounds up to 1
        assertEquals(day("2026-10-10"), quarter.yellowFrom(calendar, 3, day("2026-10-12")));
    }

    @Test
    void onTheSpotIsYellowOnItsDayAndRedAfter_T3() {
        assertEquals(Light.YELLOW, on(LightRule.DEFAULT, 0, "2026-11-30", "2026-11-30"));
        assertEquals(Light.RED, on(LightRule.DEFAULT, 0, "2026-11-30", "2026-12-01"));
    }

    @Test
    void badThresholdsAreRefused_T3() {
        assertThrows(IllegalArgumentException.class, () -> new LightRule(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LightRule(1, 1.5));
    }
}
