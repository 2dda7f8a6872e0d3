package org.servicehall.complaint;

/**
 * P2: a complaint case's life (投诉处理: 受理、调查、核实、处理、反馈): registered → assigned →
 * investigating → resolved → feedback given → closed, or rejected with a reason.
 */
public enum ComplaintStatus {
    REGISTERED, ASSIGNED, INVESTIGATING, RESOLVED, FEEDBACK_GIVEN, CLOSED, REJECTED;

    /** Whether the case still needs work. */
    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }
}
