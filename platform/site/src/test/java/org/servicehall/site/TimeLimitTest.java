package org.servicehall.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicehall.common.ValidationException;

/** Time-limit classes (T1) and their deadlines on the working-day calendar (T2). */
class TimeLimitTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** National Day 2026: 1-7 Oct off, Sat 10 Oct a make-up working day. */
    private static WorkingDayCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(new CalendarDay(d(10, day), CalendarDay.Kind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(d(10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        return new WorkingDayCalendar(days);
    }

    @Test
    void parsesEveryClass_T1() {
        assertEquals(new TimeLimit(TimeLimitClass.ON_THE_SPOT, 0), TimeLimit.parse("ON_THE_SPOT"));
        assertEquals(new TimeLimit(TimeLimitClass.SAME_DAY, 0), TimeLimit.parse("SAME_DAY"));
        assertEquals(new TimeLimit(TimeLimitClass.THREE_DAYS, 3), TimeLimit.parse("THREE_DAYS"));
        assertEquals(new TimeLimit(TimeLimitClass.ONE_WEEK, 5), TimeLimit.parse("ONE_WEEK"));
        TimeLimit legal = TimeLimit.parse("LEGAL:10");
        assertEquals(TimeLimitClass.LEGAL, legal.kind());
        assertEquals(10, legal.workingDays());
        assertEquals(TimeLimit.legal(22), TimeLimit.parse("  LEGAL: 22 "), "blanks around the text and the number are allowed");
        assertEquals(TimeLimit.legal(365), TimeLimit.parse("LEGAL:365"));
        assertEquals(TimeLimit.legal(1), TimeLimit.parse("LEGAL:1"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ON_THE_SPOT", "SAME_DAY", "THREE_DAYS", "ONE_WEEK", "LEGAL:10", "LEGAL:365" })
    void theWrittenFormRoundTrips_T1(String text) {
        assertEquals(text, TimeLimit.parse(text).toString());
        assertEquals(TimeLimit.parse(text), TimeLimit.parse(TimeLimit.parse(text).toString()));
    }

    @Test
    void aClassWithFixedDaysIgnoresOtherDays_T1() {
        assertEquals(3, new TimeLimit(TimeLimitClass.THREE_DAYS, 99).workingDays());
        assertEquals(0, new TimeLimit(TimeLimitClass.ON_THE_SPOT, 7).workingDays());
        assertEquals(TimeLimit.of(TimeLimitClass.ONE_WEEK), new TimeLimit(TimeLimitClass.ONE_WEEK, -4));
    }

    @ParameterizedTest
    @ValueSource(strings = { "SOON", "LEGAL", "LEGAL:x", "LEGAL:", "legal:10", "TEN_DAYS" })
    void badTextsAreRefusedNamingTheText_T1(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> TimeLimit.parse(text));
        assertEquals("timeLimit", e.errors().get(0).field());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "LEGAL:0", "LEGAL:400", "LEGAL:-3" })
    void legalLimitsOutsideOneToThreeHundredSixtyFiveDaysAreRefused_T1(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> TimeLimit.parse(text));
        assertEquals("timeLimit", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("1 to 365"), e.getMessage());
        assertTrue(e.getMessage().contains(text.substring("LEGAL:".length())), "names the number: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "LEGAL:0", "LEGAL:400" })
    void outOfRangeLegalLimitsAreRefusedNamingTheText_T1(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> TimeLimit.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void emptyOrMissingTextIsRefused_T1() {
        assertThrows(ValidationException.class, () -> TimeLimit.parse(""));
        assertThrows(ValidationException.class, () -> TimeLimit.parse(null));
    }

    @Test
    void aClassIsRequiredAndLegalNeedsItsDays_T1() {
        assertThrows(ValidationException.class, () -> new TimeLimit(null, 3));
        assertThrows(ValidationException.class, () -> TimeLimit.of(TimeLimitClass.LEGAL));
        assertThrows(ValidationException.class, () -> TimeLimit.legal(366));
    }

    @Test
    void deadlinesAreCountedOnTheCalendar_T1_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        LocalDate accepted = d(9, 30); // Wed, the day before National Day
        assertEquals(d(9, 30), TimeLimit.parse("ON_THE_SPOT").deadline(accepted, cal));
        assertEquals(d(9, 30), TimeLimit.parse("SAME_DAY").deadline(accepted, cal));
        // Thu 8 (1), Fri 9 (2), Sat 10 make-up (3)
        assertEquals(d(10, 10), TimeLimit.parse("THREE_DAYS").deadline(accepted, cal));
        // ... Mon 12 (4), Tue 13 (5)
        assertEquals(d(10, 13), TimeLimit.parse("ONE_WEEK").deadline(accepted, cal));
        // ... Wed 14 (6), Thu 15 (7), Fri 16 (8), Mon 19 (9), Tue 20 (10)
        assertEquals(d(10, 20), TimeLimit.parse("LEGAL:10").deadline(accepted, cal));
    }

    @Test
    void aSameDayMatterAcceptedOnAHolidayIsDueOnTheNextWorkingDay_T1_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(d(10, 8), TimeLimit.parse("SAME_DAY").deadline(d(10, 3), cal));
        assertEquals(d(10, 8), TimeLimit.parse("ON_THE_SPOT").deadline(d(10, 1), cal));
    }
}
