package org.servicehall.queue;

import java.time.Duration;

/**
 * Q10/M1: the queue's figures for one group of tickets over a period (one staff member, window,
 * service or day): how many were served and missed, how long citizens waited before their first
 * call and how long service took, and how many waited within the wait target.
 *
 * @param key the group: a staff number (or account name), window number, service code or ISO date
 * @param called tickets called at least once (the base of {@code withinTarget})
 * @param averageWait average wait from issue to first call, of the called tickets
 * @param averageService average time from start to finish, of the served tickets
 * @param withinTarget called tickets whose wait was within the wait target
 * @since 1.3
 */
public record ServiceFigures(String key, long served, long noShows, long called, Duration averageWait, Duration averageService,
        long withinTarget) {

    /** Share of called tickets that waited within the target (0..1), or NaN when none was called. */
    public double withinTargetShare() {
        return called == 0 ? Double.NaN : (double) withinTarget / called;
    }
}
