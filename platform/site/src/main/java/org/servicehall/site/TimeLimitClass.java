package org.servicehall.site;

/**
 * REQUIREMENTS T1: how quickly a service item must be completed (限时办结).
 */
public enum TimeLimitClass {
    /** 即办件: completed on the spot, while the citizen waits. */
    ON_THE_SPOT(0),
    /** 当日办结: completed the same working day. */
    SAME_DAY(0),
    /** Complex matters: within 3 working days. */
    THREE_DAYS(3),
    /** Other departments must coordinate: a reply within one week (5 working days). */
    ONE_WEEK(5),
    /** A limit in working days set by law, given per item by the sector plugin. */
    LEGAL(-1);

    private final int workingDays;

    TimeLimitClass(int workingDays) {
        this.workingDays = workingDays;
    }

    /** The working days this class allows; -1 for {@link #LEGAL}, whose days come with the item. */
    public int defaultWorkingDays() {
        return workingDays;
    }
}
