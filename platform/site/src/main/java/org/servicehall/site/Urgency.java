package org.servicehall.site;

/**
 * How a deadline stands now, the colours of electronic supervision (电子监察, T3) and of the
 * complaint desk (P2). Worked out by {@link DeadlineUrgency} on the site's {@link WorkingDayCalendar}.
 *
 * @since 1.3
 */
public enum Urgency {
    /** Green: more time left than the amber threshold. */
    ON_TRACK,
    /** Amber (yellow): within the threshold, the deadline not passed yet (its last day included): remind once. */
    DUE_SOON,
    /** Red: the deadline passed: escalate. */
    OVERDUE
}
