package org.servicehall.casework;

/** What a step in a case's timeline did. */
public enum StepKind {
    ACCEPTED, REVIEW_STARTED, DECIDED, COMPLETED, NOT_ACCEPTED, REFUSED, PAUSED, RESUMED, HANDED_OVER, RETURN_VISIT, ESCALATED
}
