package org.servicehall.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * P4: the rectification (整改) of a confirmed complaint, tracked to closure.
 *
 * <p>Build one with {@link #builder()}, or change one with {@link #toBuilder()}, rather than by
 * position: components added in later versions then keep their defaults.
 */
public record Rectification(long id, long siteId, long complaintId, String trackingNumber, String what, String owner,
        LocalDate due, RectificationStatus status, String evidence, Instant doneAt, String verifiedBy, Instant verifiedAt,
        Instant openedAt) {

    /** Whether it is still open after its due day. */
    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && today.isAfter(due);
    }

    /**
     * A task with every component empty (null, 0) but the status {@link RectificationStatus#OPEN}, until set.
     *
     * @since 1.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this task: the task after a step, or as a reader may see it.
     *
     * @since 1.1
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Rectification}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private long id;
        private long siteId;
        private long complaintId;
        private String trackingNumber;
        private String what;
        private String owner;
        private LocalDate due;
        private RectificationStatus status = RectificationStatus.OPEN;
        private String evidence;
        private Instant doneAt;
        private String verifiedBy;
        private Instant verifiedAt;
        private Instant openedAt;

        private Builder() {
        }

        private Builder(Rectification r) {
            id = r.id();
            siteId = r.siteId();
            complaintId = r.complaintId();
            trackingNumber = r.trackingNumber();
            what = r.what();
            owner = r.owner();
            due = r.due();
            status = r.status();
            evidence = r.evidence();
            doneAt = r.doneAt();
            verifiedBy = r.verifiedBy();
            verifiedAt = r.verifiedAt();
            openedAt = r.openedAt();
        }

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder siteId(long value) {
            siteId = value;
            return this;
        }

        public Builder complaintId(long value) {
            complaintId = value;
            return this;
        }

        public Builder trackingNumber(String value) {
            trackingNumber = value;
            return this;
        }

        public Builder what(String value) {
            what = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder due(LocalDate value) {
            due = value;
            return this;
        }

        public Builder status(RectificationStatus value) {
            status = value;
            return this;
        }

        public Builder evidence(String value) {
            evidence = value;
            return this;
        }

        public Builder doneAt(Instant value) {
            doneAt = value;
            return this;
        }

        public Builder verifiedBy(String value) {
            verifiedBy = value;
            return this;
        }

        public Builder verifiedAt(Instant value) {
            verifiedAt = value;
            return this;
        }

        public Builder openedAt(Instant value) {
            openedAt = value;
            return this;
        }

        public Rectification build() {
            return new Rectification(id, siteId, complaintId, trackingNumber, what, owner, due, status, evidence, doneAt, verifiedBy, verifiedAt, openedAt);
        }
    }
}
