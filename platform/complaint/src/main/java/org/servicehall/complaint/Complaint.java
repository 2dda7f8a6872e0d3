package org.servicehall.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * P2/P3: a complaint case as a reader may see it. {@code contactName} and {@code contactPhone} are
 * masked (张*, 138****5678) unless the reader handles the case (SUPERVISOR and above, or the
 * assigned owner): {@code contactVisible} tells which.
 *
 * @param trackingNumber what the complainant uses to follow the case, e.g. {@code TS-20261130-7KQ2MX}
 * @param ticketId the visit complained about, when known
 * @param owner username of the assigned owner, or null
 * @param acceptanceDue last day to accept (assign) or reject it
 * @param resolutionDue last day to resolve it
 * @param feedbackDue last day to tell the complainant
 * @param confirmed null until resolved
 * @param escalationLevel 0 = with the owner, 1 = escalated to supervisors, 2 = to administrators
 * @param escalationStage the stage whose deadline was missed when it escalated, or null
 */
public record Complaint(long id, long siteId, String trackingNumber, ComplaintSource source, String category, String text,
        String contactName, String contactPhone, boolean contactVisible, Long ticketId, String ticketNumber, Integer windowNumber,
        String staffNumber, Long ratingId, ComplaintStatus status, String owner, Instant registeredAt, LocalDate registeredOn,
        LocalDate acceptanceDue, LocalDate resolutionDue, LocalDate feedbackDue, String finding, String action, Boolean confirmed,
        boolean staffAtFault, String feedback, String rejectionReason, int escalationLevel, DeadlineStage escalationStage,
        Instant closedAt) {

    /** Whether the complainant left neither a name nor a phone. */
    public boolean anonymous() {
        return (contactName == null || contactName.isBlank()) && (contactPhone == null || contactPhone.isBlank());
    }

    /** The stage the case works towards now, or null once it needs no more steps by a deadline. */
    public DeadlineStage stage() {
        return switch (status) {
            case REGISTERED -> DeadlineStage.ACCEPTANCE;
            case ASSIGNED, INVESTIGATING -> DeadlineStage.RESOLUTION;
            case RESOLVED -> DeadlineStage.FEEDBACK;
            default -> null;
        };
    }

    /** The deadline of the current stage, or null. */
    public LocalDate due() {
        DeadlineStage s = stage();
        if (s == null) {
            return null;
        }
        return switch (s) {
            case ACCEPTANCE -> acceptanceDue;
            case RESOLUTION -> resolutionDue;
            case FEEDBACK -> feedbackDue;
        };
    }
}
