package org.servicehall.casework.internal;

import java.time.LocalDate;

import org.servicehall.casework.Light;
import org.servicehall.site.DeadlineUrgency;
import org.servicehall.site.WorkingDayCalendar;

/**
 * T3: when an open case turns yellow and red. Yellow from a number of working days before the
 * deadline (default 1: the working day before it and the deadline's own day), or, with a share
 * set, once at most that share of the case's whole time limit is left (rounded up to whole working
 * days); red after the deadline's day. Counted with the site's {@link DeadlineUrgency} on its
 * working-day calendar. Plain Java.
 *
 * @param yellowWithin working days before the deadline (used when {@code share} is 0)
 * @param share the share of the time limit (above 0, at most 1), or 0 for {@code yellowWithin}
 */
record LightRule(int yellowWithin, double share) {
    static final LightRule DEFAULT = new LightRule(1, 0);

    LightRule {
        if (yellowWithin < 0) {
            throw new IllegalArgumentException("the yellow threshold must not be negative: " + yellowWithin + " working days");
        }
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("the yellow share of the time limit must be 0 (not used) to 1, not " + share);
        }
    }

    /** The first yellow day of a case whose whole limit is {@code limit} working days and whose last day is {@code due}. */
    LocalDate yellowFrom(WorkingDayCalendar calendar, int limit, LocalDate due) {
        int days = share > 0 ? (int) Math.ceil(share * limit - 1e-9) : yellowWithin;
        return DeadlineUrgency.amberWithin(days).amberFrom(calendar, null, due);
    }

    /** The light on {@code today} of a deadline {@code due} that turns yellow on {@code yellowFrom}. */
    static Light light(LocalDate today, LocalDate yellowFrom, LocalDate due) {
        if (today.isAfter(due)) {
            return Light.RED;
        }
        return today.isBefore(yellowFrom) ? Light.GREEN : Light.YELLOW;
    }
}
