package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WorkingDayCalendar;

/**
 * T1, T2, T3: deadlines on the site's working-day calendar across the 2026 National Day holidays, pauses for 补正 not counted.
 * The calendar is the State Council's 2026 table (holidays-2026.txt): Mid-Autumn Fri 25 - Sun 27 Sep and National Day
 * Thu 1 - Wed 7 Oct off, Sun 20 Sep and Sat 10 Oct make-up working days; Thu 8 Oct is an ordinary working day (a table
 * with 1-8 Oct off fails these tests).
 */
class CaseClockTest {
    private final WorkingDayCalendar calendar = Holidays2026.calendar();

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void threeDaysAcrossNationalDay_T1_T2() {
        // 3 working days from Wed 30 Sep 2026: Oct 1-7 off, Thu 8 Oct is day 1, Fri 9 day 2, Sat 10 (make-up) day 3 -> due 10 Oct
        CaseClock clock = CaseClock.accepted(TimeLimit.of(TimeLimitClass.THREE_DAYS).workingDays(), day("2026-09-30"));
        assertEquals(day("2026-10-10"), clock.due(calendar));
        assertEquals(day("2026-10-05"), CaseClock.accepted(3, day("2026-09-30")).due(new WorkingDayCalendar(List.of())),
                "without the table the limit would end in the holidays");
        assertEquals(0, clock.used(calendar, day("2026-10-07")), "no working day used during the holidays (1-7 Oct)");
        assertEquals(1, clock.used(calendar, day("2026-10-08")), "Thu 8 Oct is a working day again");
        assertEquals(3, clock.used(calendar, day("2026-10-10")), "the make-up Saturday counts: 8, 9, 10 Oct");
        assertEquals(0, clock.left(calendar, day("2026-10-11")), "Sun 11 Oct is off: nothing used, nothing left");
        assertEquals(-1, clock.left(calendar, day("2026-10-12")), "Mon 12 Oct: overdue by one working day");
    }

    @Test
    void oneWeekCountsTheMakeUpSunday_T1_T2() {
        // Fri 18 Sep: Sun 20 Sep make-up (1), 21 (2), 22 (3), 23 (4), 24 (5); Mid-Autumn 25-27 Sep off
        assertEquals(day("2026-09-24"), CaseClock.accepted(5, day("2026-09-18")).due(calendar));
        // Wed 23 Sep: Thu 24 (1), 25-27 Sep off, Mon 28 (2), Tue 29 (3), Wed 30 (4), 1-7 Oct off, Thu 8 Oct (5) -> due 8 Oct
        assertEquals(day("2026-10-08"), CaseClock.accepted(5, day("2026-09-23")).due(calendar));
    }

    @Test
    void onTheSpotAndSameDayAreDueTheDayOfAcceptance_T1() {
        assertEquals(day("2026-09-30"), CaseClock.accepted(0, day("2026-09-30")).due(calendar));
        // Sat 3 Oct is a holiday; 4-7 Oct too; Thu 8 Oct is the next working day
        assertEquals(day("2026-10-08"), CaseClock.accepted(0, day("2026-10-03")).due(calendar), "accepted on a holiday: the next working day");
    }

    @Test
    void pauseForMaterialsStopsTheClockAndResumeKeepsTheDaysLeft_T3() {
        // LEGAL:10 accepted Mon 28 Sep; paused Tue 29 Sep after 1 working day; the applicant comes back Mon 12 Oct
        CaseClock running = CaseClock.accepted(10, day("2026-09-28"));
        // Mon 28 Sep + 10: Tue 29 (1), Wed 30 (2), 1-7 Oct off, Thu 8 (3), Fri 9 (4), Sat 10 make-up (5), Sun 11 off,
        // Mon 12 (6), 13 (7), 14 (8), 15 (9), Fri 16 Oct (10) -> due 16 Oct
        assertEquals(day("2026-10-16"), running.due(calendar), "29, 30 Sep, 8, 9, 10 (make-up), 12-16 Oct");
        CaseClock paused = running.pause(calendar, day("2026-09-29"));
        assertEquals(1, paused.used(calendar, day("2026-10-12")), "the clock stands while paused");
        assertEquals(9, paused.left(calendar, day("2026-10-12")));
        CaseClock resumed = paused.resume(day("2026-10-12"));
        assertEquals(1, resumed.used(calendar, day("2026-10-12")));
        // Mon 12 Oct + 9: 13, 14, 15, 16 (4), 17-18 weekend, 19, 20, 21, 22, Fri 23 Oct (9)
        assertEquals(day("2026-10-23"), resumed.due(calendar), "9 working days after 12 Oct");
        assertEquals(3, resumed.used(calendar, day("2026-10-14")));
        // a second pause adds to the days used
        CaseClock again = resumed.pause(calendar, day("2026-10-14")).resume(day("2026-10-19"));
        assertEquals(3, again.usedBefore());
        assertEquals(day("2026-10-28"), again.due(calendar), "7 working days after 19 Oct");
    }

    @Test
    void resumedAfterTheLimitRanOutIsOverdue_T3() {
        CaseClock clock = new CaseClock(3, day("2026-10-12"), 5, false);
        // 5 used of 3: two working days before Mon 12 Oct: Sat 10 Oct (make-up, 1), Fri 9 Oct (2)
        assertEquals(day("2026-10-09"), clock.due(calendar), "two working days before resuming: Sat 10 Oct and Fri 9 Oct");
        assertEquals(-2, clock.left(calendar, day("2026-10-12")));
    }
}
