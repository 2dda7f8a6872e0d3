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
 *
 * <p>Build one with {@link #builder()}, or change one with {@link #toBuilder()}, rather than by
 * position: components added in later versions then keep their defaults.
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

    /**
     * A case with every component empty (null, 0, false) but the status {@link ComplaintStatus#REGISTERED}
     * and the contact data visible, until set.
     *
     * @since 1.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this case: the case after a step, or as a reader may see it.
     *
     * @since 1.1
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Complaint}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private long id;
        private long siteId;
        private String trackingNumber;
        private ComplaintSource source;
        private String category;
        private String text;
        private String contactName;
        private String contactPhone;
        private boolean contactVisible = true;
        private Long ticketId;
        private String ticketNumber;
        private Integer windowNumber;
        private String staffNumber;
        private Long ratingId;
        private ComplaintStatus status = ComplaintStatus.REGISTERED;
        private String owner;
        private Instant registeredAt;
        private LocalDate registeredOn;
        private LocalDate acceptanceDue;
        private LocalDate resolutionDue;
        private LocalDate feedbackDue;
        private String finding;
        private String action;
        private Boolean confirmed;
        private boolean staffAtFault;
        private String feedback;
        private String rejectionReason;
        private int escalationLevel;
        private DeadlineStage escalationStage;
        private Instant closedAt;

        private Builder() {
        }

        private Builder(Complaint k) {
            id = k.id();
            siteId = k.siteId();
            trackingNumber = k.trackingNumber();
            source = k.source();
            category = k.category();
            text = k.text();
            contactName = k.contactName();
            contactPhone = k.contactPhone();
            contactVisible = k.contactVisible();
            ticketId = k.ticketId();
            ticketNumber = k.ticketNumber();
            windowNumber = k.windowNumber();
            staffNumber = k.staffNumber();
            ratingId = k.ratingId();
            status = k.status();
            owner = k.owner();
            registeredAt = k.registeredAt();
            registeredOn = k.registeredOn();
            acceptanceDue = k.acceptanceDue();
            resolutionDue = k.resolutionDue();
            feedbackDue = k.feedbackDue();
            finding = k.finding();
            action = k.action();
            confirmed = k.confirmed();
            staffAtFault = k.staffAtFault();
            feedback = k.feedback();
            rejectionReason = k.rejectionReason();
            escalationLevel = k.escalationLevel();
            escalationStage = k.escalationStage();
            closedAt = k.closedAt();
        }

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder siteId(long value) {
            siteId = value;
            return this;
        }

        public Builder trackingNumber(String value) {
            trackingNumber = value;
            return this;
        }

        public Builder source(ComplaintSource value) {
            source = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder contactName(String value) {
            contactName = value;
            return this;
        }

        public Builder contactPhone(String value) {
            contactPhone = value;
            return this;
        }

        public Builder contactVisible(boolean value) {
            contactVisible = value;
            return this;
        }

        public Builder ticketId(Long value) {
            ticketId = value;
            return this;
        }

        public Builder ticketNumber(String value) {
            ticketNumber = value;
            return this;
        }

        public Builder windowNumber(Integer value) {
            windowNumber = value;
            return this;
        }

        public Builder staffNumber(String value) {
            staffNumber = value;
            return this;
        }

        public Builder ratingId(Long value) {
            ratingId = value;
            return this;
        }

        public Builder status(ComplaintStatus value) {
            status = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder registeredAt(Instant value) {
            registeredAt = value;
            return this;
        }

        public Builder registeredOn(LocalDate value) {
            registeredOn = value;
            return this;
        }

        public Builder acceptanceDue(LocalDate value) {
            acceptanceDue = value;
            return this;
        }

        public Builder resolutionDue(LocalDate value) {
            resolutionDue = value;
            return this;
        }

        public Builder feedbackDue(LocalDate value) {
            feedbackDue = value;
            return this;
        }

        public Builder finding(String value) {
            finding = value;
            return this;
        }

        public Builder action(String value) {
            action = value;
            return this;
        }

        public Builder confirmed(Boolean value) {
            confirmed = value;
            return this;
        }

        public Builder staffAtFault(boolean value) {
            staffAtFault = value;
            return this;
        }

        public Builder feedback(String value) {
            feedback = value;
            return this;
        }

        public Builder rejectionReason(String value) {
            rejectionReason = value;
            return this;
        }

        public Builder escalationLevel(int value) {
            escalationLevel = value;
            return this;
        }

        public Builder escalationStage(DeadlineStage value) {
            escalationStage = value;
            return this;
        }

        public Builder closedAt(Instant value) {
            closedAt = value;
            return this;
        }

        public Complaint build() {
            return new Complaint(id, siteId, trackingNumber, source, category, text, contactName, contactPhone, contactVisible, ticketId, ticketNumber, windowNumber, staffNumber, ratingId, status, owner, registeredAt, registeredOn, acceptanceDue, resolutionDue, feedbackDue, finding, action, confirmed, staffAtFault, feedback, rejectionReason, escalationLevel, escalationStage, closedAt);
        }
    }
}
