package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WorkingDayCalendar;

/** T1, T2, T3: deadlines on the site's working-day calendar across the 2026 National Day holidays, pauses for 补正 not counted. */
class CaseClockTest {
    private final WorkingDayCalendar calendar = Holidays2026.calendar();

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void threeDaysAcrossNationalDay_T1_T2() {
        // Wed 30 Sep; 1-8 Oct off; Fri 9 Oct (1), Sat 10 Oct make-up (2), Mon 12 Oct (3)
        CaseClock clock = CaseClock.accepted(TimeLimit.of(TimeLimitClass.THREE_DAYS).workingDays(), day("2026-09-30"));
        assertEquals(day("2026-10-12"), clock.due(calendar));
        assertEquals(day("2026-10-05"), CaseClock.accepted(3, day("2026-09-30")).due(new WorkingDayCalendar(List.of())),
                "without the table the limit would end in the holidays");
        assertEquals(0, clock.used(calendar, day("2026-10-08")), "no working day used during the holidays");
        assertEquals(2, clock.used(calendar, day("2026-10-10")), "the make-up Saturday counts");
        assertEquals(1, clock.left(calendar, day("2026-10-11")));
        assertEquals(-1, clock.left(calendar, day("2026-10-13")), "overdue by one working day");
    }

    @Test
    void oneWeekCountsTheMakeUpSunday_T1_T2() {
        // Fri 18 Sep: Sun 20 Sep make-up (1), 21 (2), 22 (3), 23 (4), 24 (5); Mid-Autumn 25-27 Sep off
        assertEquals(day("2026-09-24"), CaseClock.accepted(5, day("2026-09-18")).due(calendar));
        // Wed 23 Sep: 24 (1), 28 (2), 29 (3), 30 (4), 9 Oct (5)
        assertEquals(day("2026-10-09"), CaseClock.accepted(5, day("2026-09-23")).due(calendar));
    }

    @Test
    void onTheSpotAndSameDayAreDueTheDayOfAcceptance_T1() {
        assertEquals(day("2026-09-30"), CaseClock.accepted(0, day("2026-09-30")).due(calendar));
        assertEquals(day("2026-10-09"), CaseClock.accepted(0, day("2026-10-03")).due(calendar), "accepted on a holiday: the next working day");
    }

    @Test
    void pauseForMaterialsStopsTheClockAndResumeKeepsTheDaysLeft_T3() {
        // LEGAL:10 accepted Mon 28 Sep; paused Tue 29 Sep after 1 working day; the applicant comes back Mon 12 Oct
        CaseClock running = CaseClock.accepted(10, day("2026-09-28"));
        assertEquals(day("2026-10-19"), running.due(calendar), "29, 30 Sep, 9, 10 (make-up), 12-16, 19 Oct");
        CaseClock paused = running.pause(calendar, day("2026-09-29"));
        assertEquals(1, paused.used(calendar, day("2026-10-12")), "the clock stands while paused");
        assertEquals(9, paused.left(calendar, day("2026-10-12")));
        CaseClock resumed = paused.resume(day("2026-10-12"));
        assertEquals(1, resumed.used(calendar, day("2026-10-12")));
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
        assertEquals(day("2026-10-09"), clock.due(calendar), "two working days before resuming: Sat 10 Oct and Fri 9 Oct");
        assertEquals(-2, clock.left(calendar, day("2026-10-12")));
    }
}
