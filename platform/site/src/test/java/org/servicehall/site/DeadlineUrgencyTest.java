package org.servicehall.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Green/amber/red of a deadline on the working-day calendar (T3 electronic supervision, P2). Over
 * China's National Day 2026: 1-8 October off, Saturday 10 October worked.
 */
class DeadlineUrgencyTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static WorkingDayCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            days.add(new CalendarDay(d(10, day), CalendarDay.Kind.HOLIDAY, "国庆节、中秋节"));
        }
        days.add(new CalendarDay(d(10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        return new WorkingDayCalendar(days);
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return d(month, day).atTime(hour, minute).atZone(HALL).toInstant();
    }

    @Test
    void byDefaultTheWorkingDayBeforeTheDeadlineAndItsLastDayAreAmber_T3_P2() {
        WorkingDayCalendar cal = nationalDay2026();
        DeadlineUrgency u = DeadlineUrgency.DEFAULT;
        assertEquals(Urgency.ON_TRACK, u.of(cal, d(10, 9), d(10, 12)));
        assertEquals(Urgency.DUE_SOON, u.of(cal, d(10, 10), d(10, 12)), "the make-up Saturday is the working day before");
        assertEquals(Urgency.DUE_SOON, u.of(cal, d(10, 11), d(10, 12)), "the Sunday between");
        assertEquals(Urgency.DUE_SOON, u.of(cal, d(10, 12), d(10, 12)), "the last day is not overdue yet");
        assertEquals(Urgency.OVERDUE, u.of(cal, d(10, 13), d(10, 12)));
        assertEquals(d(9, 30), u.amberFrom(cal, null, d(10, 9)), "amber starts before the whole holiday");
        assertEquals(Urgency.DUE_SOON, u.of(cal, d(10, 3), d(10, 9)), "a holiday before the deadline is amber");
    }

    @Test
    void aThresholdOfSeveralWorkingDaysSkipsHolidaysAndWeekends_T3() {
        WorkingDayCalendar cal = nationalDay2026();
        DeadlineUrgency three = DeadlineUrgency.amberWithin(3);
        // 10-13 (due) ← 10-12 (1) ← 10-10 make-up (2) ← 10-9 (3)
        assertEquals(d(10, 9), three.amberFrom(cal, null, d(10, 13)));
        assertEquals(Urgency.ON_TRACK, three.of(cal, d(9, 30), d(10, 13)));
        assertEquals(Urgency.DUE_SOON, three.of(cal, d(10, 9), d(10, 13)));
        DeadlineUrgency lastDay = DeadlineUrgency.amberWithin(0);
        assertEquals(Urgency.ON_TRACK, lastDay.of(cal, d(10, 12), d(10, 13)));
        assertEquals(Urgency.DUE_SOON, lastDay.of(cal, d(10, 13), d(10, 13)));
    }

    @Test
    void aShareOfTheTimeLimitCountsTheLimitsWorkingDays_T3() {
        WorkingDayCalendar cal = nationalDay2026();
        // accepted Mon 9-28, LEGAL:10 → 9-29, 9-30, 10-9, 10-10 (make-up), 10-12 … 10-16, 10-19 (10th)
        LocalDate accepted = d(9, 28);
        LocalDate due = TimeLimit.legal(10).deadline(accepted, cal);
        assertEquals(d(10, 19), due);
        DeadlineUrgency fifth = DeadlineUrgency.amberForLast(0.2);
        assertEquals(d(10, 15), fifth.amberFrom(cal, accepted, due), "2 of 10 working days: 10-16 (1), 10-15 (2)");
        assertEquals(Urgency.ON_TRACK, fifth.of(cal, d(10, 14), accepted, due));
        assertEquals(Urgency.DUE_SOON, fifth.of(cal, d(10, 15), accepted, due));
        assertEquals(Urgency.DUE_SOON, fifth.of(cal, d(10, 19), accepted, due));
        assertEquals(Urgency.OVERDUE, fifth.of(cal, d(10, 20), accepted, due));
        assertEquals(d(10, 16), DeadlineUrgency.amberForLast(0.05).amberFrom(cal, accepted, due), "half a day rounds up to one");
        assertEquals(accepted, DeadlineUrgency.amberForLast(1).amberFrom(cal, accepted, due));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fifth.of(cal, d(10, 14), due));
        assertEquals("an amber threshold of a share of the time limit needs the day the limit started", e.getMessage());
    }

    @Test
    void aDueInstantIsRedFromTheMinuteItPassesAndAmberByTheHallsDays_T3() {
        WorkingDayCalendar cal = nationalDay2026();
        Instant due = at(10, 12, 17, 0);
        assertEquals(Urgency.ON_TRACK, DeadlineUrgency.DEFAULT.of(cal, at(10, 9, 16, 0), HALL, due));
        assertEquals(Urgency.DUE_SOON, DeadlineUrgency.DEFAULT.of(cal, at(10, 10, 8, 30), HALL, due));
        assertEquals(Urgency.DUE_SOON, DeadlineUrgency.DEFAULT.of(cal, at(10, 12, 17, 0), HALL, due));
        assertEquals(Urgency.OVERDUE, DeadlineUrgency.DEFAULT.of(cal, at(10, 12, 17, 1), HALL, due), "the same day, after the hour");
        // 00:30 in Shanghai on 10-10 is still 10-9 in UTC: the hall's zone decides the day
        assertEquals(Urgency.DUE_SOON, DeadlineUrgency.DEFAULT.of(cal, at(10, 10, 0, 30), HALL, due));
        // 9 working days from 9-28 to 10-16: 0.2 of them rounds up to 2, amber from 10-14
        assertEquals(Urgency.ON_TRACK, DeadlineUrgency.amberForLast(0.2).of(cal, at(10, 13, 9, 0), HALL, at(9, 28, 9, 0), at(10, 16, 17, 0)));
        assertEquals(Urgency.DUE_SOON, DeadlineUrgency.amberForLast(0.2).of(cal, at(10, 14, 9, 0), HALL, at(9, 28, 9, 0), at(10, 16, 17, 0)));
    }

    @Test
    void badThresholdsAreRefusedNamingThem() {
        assertEquals("the amber threshold must not be negative: -1 working days",
                assertThrows(IllegalArgumentException.class, () -> DeadlineUrgency.amberWithin(-1)).getMessage());
        assertEquals("the amber share of the time limit must be above 0 and at most 1, not 1.5",
                assertThrows(IllegalArgumentException.class, () -> DeadlineUrgency.amberForLast(1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeadlineUrgency.amberForLast(0));
        assertThrows(IllegalArgumentException.class, () -> DeadlineUrgency.amberForLast(Double.NaN));
    }

    @Test
    void workingDaysBeforeADateCountBackOverHolidays_T2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(d(10, 10), cal.workingDaysBefore(d(10, 12), 1));
        assertEquals(d(9, 30), cal.workingDaysBefore(d(10, 9), 1));
        assertEquals(d(9, 29), cal.workingDaysBefore(d(10, 10), 3));
        assertEquals(d(10, 4), cal.workingDaysBefore(d(10, 4), 0));
        assertThrows(IllegalArgumentException.class, () -> cal.workingDaysBefore(d(10, 4), -1));
        for (int n = 0; n <= 30; n++) {
            LocalDate start = d(9, 1).plusDays(n);
            if (cal.isWorkingDay(start)) {
                for (int k = 1; k <= 12; k++) {
                    assertEquals(start, cal.workingDaysBefore(cal.addWorkingDays(start, k), k), start + " + " + k);
                }
            }
        }
    }
}
