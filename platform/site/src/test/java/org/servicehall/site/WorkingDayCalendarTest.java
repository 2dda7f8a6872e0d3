package org.servicehall.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The working-day calendar (T2) and deadlines counted on it (T1, TX1). Every expected date was
 * worked out by hand on a paper calendar of autumn 2026:
 *
 * <pre>
 *    September 2026              October 2026
 * Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
 *     1  2  3  4  5  6                 1  2  3  4
 *  7  8  9 10 11 12 13        5  6  7  8  9 10 11
 * 14 15 16 17 18 19 20       12 13 14 15 16 17 18
 * 21 22 23 24 25 26 27       19 20 21 22 23 24 25
 * 28 29 30                   26 27 28 29 30 31
 * </pre>
 *
 * State Council arrangement for 2026: Mid-Autumn Festival Fri 25 Sep off; National Day Thu 1 Oct to
 * Wed 7 Oct off; make-up working days (调休上班) Sun 20 Sep and Sat 10 Oct.
 */
class WorkingDayCalendarTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** The 2026 Mid-Autumn and National Day arrangement. */
    private static WorkingDayCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        days.add(new CalendarDay(d(9, 25), CalendarDay.Kind.HOLIDAY, "中秋节"));
        for (int day = 1; day <= 7; day++) {
            days.add(new CalendarDay(d(10, day), CalendarDay.Kind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(d(9, 20), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        days.add(new CalendarDay(d(10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        return new WorkingDayCalendar(days);
    }

    private static final WorkingDayCalendar PLAIN = new WorkingDayCalendar(List.of());

    @Test
    void mondayToFridayAreWorkingDaysAndWeekendsAreNot_T2() {
        assertTrue(PLAIN.isWorkingDay(d(11, 2)), "Mon 2 Nov");
        assertTrue(PLAIN.isWorkingDay(d(11, 6)), "Fri 6 Nov");
        assertFalse(PLAIN.isWorkingDay(d(11, 7)), "Sat 7 Nov");
        assertFalse(PLAIN.isWorkingDay(d(11, 8)), "Sun 8 Nov");
    }

    @Test
    void weekendsAreSkippedWhenCountingWorkingDays_T2() {
        // Fri 6 Nov + 1 working day: Sat and Sun skipped -> Mon 9 Nov
        assertEquals(d(11, 9), PLAIN.addWorkingDays(d(11, 6), 1));
        // Thu 5 Nov + 3: Fri 6 (1), Mon 9 (2), Tue 10 (3)
        assertEquals(d(11, 10), PLAIN.addWorkingDays(d(11, 5), 3));
        // Fri 6 Nov + 5: Mon 9 .. Fri 13
        assertEquals(d(11, 13), PLAIN.addWorkingDays(d(11, 6), 5));
        // Wed 4 Nov + 1: Thu 5, no weekend in between
        assertEquals(d(11, 5), PLAIN.addWorkingDays(d(11, 4), 1));
    }

    @Test
    void holidaysAreNotWorkingDaysAndAreSkipped_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertFalse(cal.isWorkingDay(d(10, 1)), "Thu 1 Oct, National Day");
        assertFalse(cal.isWorkingDay(d(10, 7)), "Wed 7 Oct, National Day");
        assertFalse(cal.isWorkingDay(d(9, 25)), "Fri 25 Sep, Mid-Autumn");
        assertTrue(cal.isWorkingDay(d(10, 8)), "Thu 8 Oct, back at work");
        // Thu 24 Sep + 1: Fri 25 holiday, Sat, Sun -> Mon 28 Sep
        assertEquals(d(9, 28), cal.addWorkingDays(d(9, 24), 1));
        // Wed 30 Sep + 1: the whole Golden Week is skipped -> Thu 8 Oct
        assertEquals(d(10, 8), cal.addWorkingDays(d(9, 30), 1));
    }

    @Test
    void makeUpWorkingDaysOnAWeekendAreCounted_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertTrue(cal.isWorkingDay(d(9, 20)), "Sun 20 Sep is a make-up working day");
        assertTrue(cal.isWorkingDay(d(10, 10)), "Sat 10 Oct is a make-up working day");
        assertFalse(cal.isWorkingDay(d(10, 11)), "Sun 11 Oct stays a weekend day");
        // Fri 18 Sep + 1: Sat 19 off, Sun 20 make-up -> Sun 20 Sep
        assertEquals(d(9, 20), cal.addWorkingDays(d(9, 18), 1));
        // Fri 9 Oct + 1: Sat 10 make-up -> Sat 10 Oct (a plain calendar would say Mon 12)
        assertEquals(d(10, 10), cal.addWorkingDays(d(10, 9), 1));
        assertEquals(d(10, 12), PLAIN.addWorkingDays(d(10, 9), 1));
    }

    @Test
    void zeroDaysOnAWorkingDayIsThatDay_T1_T2() {
        assertEquals(d(11, 4), PLAIN.addWorkingDays(d(11, 4), 0));
        assertEquals(d(9, 20), nationalDay2026().addWorkingDays(d(9, 20), 0), "a make-up Sunday is a working day");
    }

    @Test
    void zeroDaysOnANonWorkingDayIsTheNextWorkingDay_T1_T2() {
        assertEquals(d(11, 9), PLAIN.addWorkingDays(d(11, 7), 0), "Sat 7 Nov -> Mon 9 Nov");
        assertEquals(d(11, 9), PLAIN.addWorkingDays(d(11, 8), 0), "Sun 8 Nov -> Mon 9 Nov");
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(d(10, 8), cal.addWorkingDays(d(10, 3), 0), "Sat 3 Oct in Golden Week -> Thu 8 Oct");
        assertEquals(d(10, 8), cal.addWorkingDays(d(10, 1), 0), "National Day -> Thu 8 Oct");
        assertEquals(d(10, 8), cal.onOrAfter(d(10, 1)));
        assertEquals(d(10, 10), cal.onOrAfter(d(10, 10)));
    }

    @Test
    void nDaysFromANonWorkingDayIsTheNthWorkingDayAfterIt_T2() {
        // documented: "with n days, the n-th working day after start"
        assertEquals(d(11, 9), PLAIN.addWorkingDays(d(11, 7), 1), "Sat 7 Nov + 1 -> Mon 9 Nov");
        assertEquals(d(11, 13), PLAIN.addWorkingDays(d(11, 7), 5), "Sat 7 Nov + 5 -> Fri 13 Nov");
    }

    @Test
    void tenWorkingDaysForTaxRegistrationOverNationalDayWeek_T2_TX1() {
        WorkingDayCalendar cal = nationalDay2026();
        // Accepted Wed 30 Sep. 1-7 Oct off; Thu 8 (1), Fri 9 (2), Sat 10 make-up (3), Mon 12 (4),
        // Tue 13 (5), Wed 14 (6), Thu 15 (7), Fri 16 (8), Mon 19 (9), Tue 20 (10).
        assertEquals(d(10, 20), cal.addWorkingDays(d(9, 30), 10));
        // without the make-up Saturday it would be one day later, without any special days much earlier
        assertEquals(d(10, 14), PLAIN.addWorkingDays(d(9, 30), 10));
        assertEquals(10, cal.workingDaysBetween(d(9, 30), d(10, 20)));
    }

    @Test
    void twentyTwoWorkingDaysForVatRecognitionOverMidAutumnAndNationalDay_T2_TX1() {
        WorkingDayCalendar cal = nationalDay2026();
        // Accepted Fri 18 Sep. Sun 20 make-up (1), Mon 21..Thu 24 (2-5), Fri 25 Mid-Autumn off,
        // Mon 28..Wed 30 (6-8), 1-7 Oct off, Thu 8 (9), Fri 9 (10), Sat 10 make-up (11),
        // Mon 12..Fri 16 (12-16), Mon 19..Fri 23 (17-21), Mon 26 Oct (22).
        assertEquals(d(10, 26), cal.addWorkingDays(d(9, 18), 22));
        assertEquals(22, cal.workingDaysBetween(d(9, 18), d(10, 26)));
    }

    @Test
    void workingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(0, cal.workingDaysBetween(d(10, 8), d(10, 8)));
        assertEquals(1, cal.workingDaysBetween(d(10, 8), d(10, 9)));
        // Wed 30 Sep to Wed 7 Oct: nothing but holidays and a weekend
        assertEquals(0, cal.workingDaysBetween(d(9, 30), d(10, 7)));
        // Fri 9 Oct to Mon 12 Oct: Sat 10 (make-up) and Mon 12
        assertEquals(2, cal.workingDaysBetween(d(10, 9), d(10, 12)));
        assertEquals(1, PLAIN.workingDaysBetween(d(10, 9), d(10, 12)));
    }

    @Test
    void workingDaysBetweenIsNegativeWhenToIsEarlier_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(-10, cal.workingDaysBetween(d(10, 20), d(9, 30)));
        assertEquals(-2, cal.workingDaysBetween(d(10, 12), d(10, 9)));
        assertEquals(-1, PLAIN.workingDaysBetween(d(11, 9), d(11, 6)));
    }

    @Test
    void negativeWorkingDaysAreRefused_T2() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PLAIN.addWorkingDays(d(11, 4), -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void aSiteMayHaveItsOwnWeekend_T2() {
        // e.g. a hall open Monday to Saturday
        WorkingDayCalendar sixDays = new WorkingDayCalendar(EnumSet.of(DayOfWeek.SUNDAY), List.of());
        assertTrue(sixDays.isWorkingDay(d(11, 7)), "Saturday works");
        assertEquals(d(11, 7), sixDays.addWorkingDays(d(11, 6), 1));
        assertEquals(d(11, 9), sixDays.addWorkingDays(d(11, 7), 1), "Sunday skipped");
        WorkingDayCalendar everyDay = new WorkingDayCalendar(EnumSet.noneOf(DayOfWeek.class),
                List.of(new CalendarDay(d(11, 8), CalendarDay.Kind.HOLIDAY, null)));
        assertEquals(d(11, 9), everyDay.addWorkingDays(d(11, 7), 1));
    }

    @Test
    void theCalendarIsNotChangedByItsInputListLater_T2() {
        List<CalendarDay> days = new ArrayList<>();
        WorkingDayCalendar cal = new WorkingDayCalendar(days);
        days.add(new CalendarDay(d(11, 4), CalendarDay.Kind.HOLIDAY, "added later"));
        assertTrue(cal.isWorkingDay(d(11, 4)));
    }
}
