package org.servicehall.casework.internal;

import java.time.LocalDate;

import org.servicehall.site.WorkingDayCalendar;

/**
 * T1/T3: a case's time limit on the site's working-day calendar, the days waiting for
 * supplementary materials (补正) not counted. The clock runs from {@code start} (the day of
 * acceptance or of the last resumption) with {@code usedBefore} working days used in earlier runs;
 * the deadline is the day the days left run out. Plain Java, immutable.
 *
 * @param limit the working days the time limit allows
 * @param start the day the clock (last) started running
 * @param usedBefore the working days used before {@code start}
 * @param paused whether the clock stands (then {@code usedBefore} holds all the days used)
 */
record CaseClock(int limit, LocalDate start, int usedBefore, boolean paused) {

    /** A clock started at acceptance. */
    static CaseClock accepted(int limit, LocalDate day) {
        return new CaseClock(limit, day, 0, false);
    }

    /** Working days used as of {@code today}. */
    int used(WorkingDayCalendar calendar, LocalDate today) {
        if (paused) {
            return usedBefore;
        }
        return usedBefore + Math.max(0, calendar.workingDaysBetween(start, today));
    }

    /** Working days left as of {@code today}; negative once overdue. */
    int left(WorkingDayCalendar calendar, LocalDate today) {
        return limit - used(calendar, today);
    }

    /**
     * The last day of the limit while the clock runs: the working day on which the days left at
     * {@code start} run out (with nothing left, {@code start} itself or the next working day; with
     * more used than allowed, as many working days before {@code start}).
     */
    LocalDate due(WorkingDayCalendar calendar) {
        int left = limit - usedBefore;
        return left >= 0 ? calendar.addWorkingDays(start, left) : calendar.workingDaysBefore(start, -left);
    }

    /** The clock stopped on {@code day} (its working days up to that day counted). */
    CaseClock pause(WorkingDayCalendar calendar, LocalDate day) {
        return new CaseClock(limit, start, used(calendar, day), true);
    }

    /** The clock running again from {@code day} with the days that were left. */
    CaseClock resume(LocalDate day) {
        return new CaseClock(limit, day, usedBefore, false);
    }
}
