package org.servicehall.complaint;

/** P2: the workflow steps of a complaint case. */
public enum ComplaintStep {
    /** REGISTERED or ASSIGNED → ASSIGNED: names the owner (受理, supervisor). */
    ASSIGN,
    /** ASSIGNED → INVESTIGATING (调查、核实). */
    INVESTIGATE,
    /** INVESTIGATING → RESOLVED with finding, action and whether confirmed (处理). */
    RESOLVE,
    /** RESOLVED → FEEDBACK_GIVEN: the complainant was told (反馈). */
    GIVE_FEEDBACK,
    /** FEEDBACK_GIVEN → CLOSED (supervisor). */
    CLOSE,
    /** REGISTERED or ASSIGNED → REJECTED with a reason (不予受理, supervisor). */
    REJECT
}
