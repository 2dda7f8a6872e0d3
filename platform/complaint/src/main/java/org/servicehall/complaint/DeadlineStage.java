package org.servicehall.complaint;

/** P2: the deadline a case is working towards, counted in working days from registration. */
public enum DeadlineStage {
    /** Decide to accept (assign) or reject. */
    ACCEPTANCE,
    /** Resolve: finding and action. */
    RESOLUTION,
    /** Tell the complainant the result. */
    FEEDBACK
}
