package org.servicehall.conduct;

/**
 * Where a violation stands (C4). Automatic sources (an attendance leave-post overrun, a complaint,
 * an assessment) only ever create {@link #CANDIDATE}s; a supervisor confirms or dismisses them.
 * Nothing automatic is final.
 */
public enum ViolationStatus {
    /** Suspected, waiting for a supervisor's decision. */
    CANDIDATE,
    /** Confirmed by a supervisor (or recorded by one during an inspection); counts on the penalty ladder. */
    CONFIRMED,
    /** Dismissed by a supervisor, with the reason; never counts. */
    DISMISSED
}
