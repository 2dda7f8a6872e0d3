package org.servicehall.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The green/amber/red of a deadline (T3 electronic supervision, P2 complaint deadlines): red once
 * the deadline passed, amber from a threshold before it, green before that, counted in working
 * days on the site's {@link WorkingDayCalendar} (never calendar days). The threshold is a number
 * of working days ({@link #amberWithin}; {@link #DEFAULT} one, so the working day before the
 * deadline and the deadline's own day are amber, and a weekend between them too), or a share of
 * the time limit ({@link #amberForLast}: a case of 20 working days with 0.25 turns amber 5
 * working days before). Immutable, plain Java.
 *
 * <pre>
 * Urgency u = DeadlineUrgency.DEFAULT.of(sites.calendar(siteId), LocalDate.now(clock), complaint.due());
 * Urgency c = DeadlineUrgency.amberForLast(0.2).of(calendar, today, accepted, due);   // casework
 * </pre>
 *
 * @since 1.3
 */
public final class DeadlineUrgency {
    /** Amber from the working day before the deadline. */
    public static final DeadlineUrgency DEFAULT = amberWithin(1);

    private final int workingDays;
    private final double share;

    private DeadlineUrgency(int workingDays, double share) {
        this.workingDays = workingDays;
        this.share = share;
    }

    /**
     * Amber from the {@code workingDays}-th working day before the deadline (0: on its last day only).
     *
     * @throws IllegalArgumentException when negative
     */
    public static DeadlineUrgency amberWithin(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("the amber threshold must not be negative: " + workingDays + " working days");
        }
        return new DeadlineUrgency(workingDays, 0);
    }

    /**
     * Amber once at most {@code share} of the time limit's working days are left (rounded up to a
     * whole working day), e.g. 0.2 of 10 working days: from the 2nd working day before the deadline.
     *
     * @throws IllegalArgumentException when not above 0 and at most 1
     */
    public static DeadlineUrgency amberForLast(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the amber share of the time limit must be above 0 and at most 1, not " + share);
        }
        return new DeadlineUrgency(-1, share);
    }

    /** Whether the threshold is a share of the limit (then the start of the limit is needed). */
    public boolean needsStart() {
        return workingDays < 0;
    }

    /**
     * The urgency on {@code today} of a deadline whose last day is {@code due}.
     *
     * @throws IllegalStateException when the threshold is a share of the limit: use {@link #of(WorkingDayCalendar, LocalDate, LocalDate, LocalDate)}
     */
    public Urgency of(WorkingDayCalendar calendar, LocalDate today, LocalDate due) {
        if (needsStart()) {
            throw new IllegalStateException("an amber threshold of a share of the time limit needs the day the limit started");
        }
        return of(calendar, today, null, due);
    }

    /**
     * The urgency on {@code today} of a time limit that started on {@code start} and ends with the
     * day {@code due} (its last day is not overdue yet).
     *
     * @param start the day the limit started (acceptance, registration); only needed for a share threshold
     */
    public Urgency of(WorkingDayCalendar calendar, LocalDate today, LocalDate start, LocalDate due) {
        if (today.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        return today.isBefore(amberFrom(calendar, start, due)) ? Urgency.ON_TRACK : Urgency.DUE_SOON;
    }

    /**
     * The urgency at {@code now} of a deadline at the instant {@code due}: red once it passed, else
     * amber or green by the days in the hall's zone.
     */
    public Urgency of(WorkingDayCalendar calendar, Instant now, ZoneId zone, Instant due) {
        return of(calendar, now, zone, null, due);
    }

    /** As {@link #of(WorkingDayCalendar, Instant, ZoneId, Instant)}, for a limit that started at {@code start}. */
    public Urgency of(WorkingDayCalendar calendar, Instant now, ZoneId zone, Instant start, Instant due) {
        if (now.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        LocalDate startDay = start == null ? null : LocalDate.ofInstant(start, zone);
        return of(calendar, LocalDate.ofInstant(now, zone), startDay, LocalDate.ofInstant(due, zone));
    }

    /** The first day that is amber. */
    public LocalDate amberFrom(WorkingDayCalendar calendar, LocalDate start, LocalDate due) {
        int days = workingDays;
        if (needsStart()) {
            if (start == null) {
                throw new IllegalStateException("an amber threshold of a share of the time limit needs the day the limit started");
            }
            int limit = Math.max(0, calendar.workingDaysBetween(start, due));
            days = (int) Math.ceil(share * limit - 1e-9);
        }
        return calendar.workingDaysBefore(due, days);
    }

    @Override
    public String toString() {
        return needsStart() ? "amber for the last " + share + " of the limit" : "amber within " + workingDays + " working day(s)";
    }
}
