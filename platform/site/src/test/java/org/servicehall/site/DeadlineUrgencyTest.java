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
 * China's Mid-Autumn and National Day 2026 as the State Council's notice of 2025-11-04 sets them:
 * Fri 25 - Sun 27 September and Thu 1 - Wed 7 October off, Sunday 20 September and Saturday 10
 * October worked; Thu 8 October is an ordinary working day (a calendar with 1-8 October off fails).
 */
class DeadlineUrgencyTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static WorkingDayCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (int day = 25; day <= 27; day++) {
            days.add(new CalendarDay(d(9, day), CalendarDay.Kind.HOLIDAY, "中秋节"));
        }
        for (int day = 1; day <= 7; day++) {
            days.add(new CalendarDay(d(10, day), CalendarDay.Kind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(d(9, 20), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
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
        // due Fri 9 Oct: the working day before is Thu 8 Oct (the holiday ends on the 7th)
        assertEquals(d(10, 8), u.amberFrom(cal, null, d(10, 9)), "Thu 8 Oct is a working day");
        assertEquals(Urgency.ON_TRACK, u.of(cal, d(10, 3), d(10, 9)));
        // due Thu 8 Oct: the working day before is Wed 30 Sep, before the whole holiday (1-7 Oct)
        assertEquals(d(9, 30), u.amberFrom(cal, null, d(10, 8)), "amber starts before the whole holiday");
        assertEquals(Urgency.DUE_SOON, u.of(cal, d(10, 3), d(10, 8)), "a holiday before the deadline is amber");
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
        // accepted Mon 9-28, LEGAL:10 → 9-29 (1), 9-30 (2), 10-1 … 10-7 off, 10-8 (3), 10-9 (4), 10-10 make-up (5),
        // 10-12 (6) … 10-16 (10th)
        LocalDate accepted = d(9, 28);
        LocalDate due = TimeLimit.legal(10).deadline(accepted, cal);
        assertEquals(d(10, 16), due);
        DeadlineUrgency fifth = DeadlineUrgency.amberForLast(0.2);
        assertEquals(d(10, 14), fifth.amberFrom(cal, accepted, due), "2 of 10 working days: 10-15 (1), 10-14 (2)");
        assertEquals(Urgency.ON_TRACK, fifth.of(cal, d(10, 13), accepted, due));
        assertEquals(Urgency.DUE_SOON, fifth.of(cal, d(10, 14), accepted, due));
        assertEquals(Urgency.DUE_SOON, fifth.of(cal, d(10, 16), accepted, due));
        assertEquals(Urgency.OVERDUE, fifth.of(cal, d(10, 17), accepted, due));
        assertEquals(d(10, 15), DeadlineUrgency.amberForLast(0.05).amberFrom(cal, accepted, due), "half a day rounds up to one");
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
        // 10 working days from 9-28 to 10-16 (29, 30 Sep, 8, 9, 10, 12-16 Oct): 0.2 of them is 2, amber from 10-14
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
        assertEquals(d(10, 8), cal.workingDaysBefore(d(10, 9), 1));
        assertEquals(d(9, 30), cal.workingDaysBefore(d(10, 8), 1), "back over 1-7 Oct");
        // Sat 10 Oct (make-up) back 3: Fri 9 (1), Thu 8 (2), 1-7 Oct off, Wed 30 Sep (3)
        assertEquals(d(9, 30), cal.workingDaysBefore(d(10, 10), 3));
        // Mon 28 Sep back 1: Mid-Autumn 25-27 Sep off, Thu 24 Sep
        assertEquals(d(9, 24), cal.workingDaysBefore(d(9, 28), 1));
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
