package org.servicehall.complaint;

import java.time.LocalDate;

/**
 * P2: what the public tracking page shows for a tracking number: no contact data, no staff names
 * (S3).
 *
 * @param due the deadline of the current stage, or null
 * @param feedback the answer to the complainant once given, else null
 * @param rejectionReason why it was not accepted, when rejected
 * @param stage the stage the case works towards now, or null once it needs no more steps (since 1.2)
 * @param acceptanceDue last day to accept or reject it (since 1.2)
 * @param resolutionDue last day to resolve it once accepted (since 1.2)
 * @param feedbackDue last day to answer the complainant once resolved (since 1.2): the due date
 *        moves from one to the next as the case reaches each stage
 */
public record ComplaintTracking(String trackingNumber, String siteCode, ComplaintSource source, String category,
        ComplaintStatus status, LocalDate registeredOn, LocalDate due, String feedback, String rejectionReason, DeadlineStage stage,
        LocalDate acceptanceDue, LocalDate resolutionDue, LocalDate feedbackDue) {

    /** The tracking as 1.1 knew it, without the stage's dates. */
    public ComplaintTracking(String trackingNumber, String siteCode, ComplaintSource source, String category, ComplaintStatus status,
            LocalDate registeredOn, LocalDate due, String feedback, String rejectionReason) {
        this(trackingNumber, siteCode, source, category, status, registeredOn, due, feedback, rejectionReason, null, null, null, null);
    }
}
