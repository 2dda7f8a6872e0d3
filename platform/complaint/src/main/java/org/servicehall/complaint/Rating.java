package org.servicehall.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * P1: a stored rating, bound to exactly one finished ticket, its window and the staff member who
 * served it. At most one per ticket.
 *
 * @param businessDate the visit's day
 * @param staffNumber who served the ticket (their staff number, or the calling account's name)
 * @param complaintId the case a bad rating opened (P2), or null
 *
 * <p>Build one with {@link #builder()}, or change one with {@link #toBuilder()}, rather than by
 * position: components added in later versions then keep their defaults.
 */
public record Rating(long id, long siteId, long ticketId, String ticketNumber, LocalDate businessDate, Integer windowNumber,
        String staffNumber, RatingLevel level, List<String> reasons, String comment, RatingChannel channel, Instant ratedAt,
        Long complaintId) {
    public Rating {
        reasons = List.copyOf(reasons);
    }

    /**
     * A rating with every component empty (null, 0) but no reasons and the channel {@link RatingChannel#PAD},
     * until set.
     *
     * @since 1.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this rating, e.g. to give the stored one its id.
     *
     * @since 1.1
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Rating}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private long id;
        private long siteId;
        private long ticketId;
        private String ticketNumber;
        private LocalDate businessDate;
        private Integer windowNumber;
        private String staffNumber;
        private RatingLevel level;
        private List<String> reasons = List.of();
        private String comment;
        private RatingChannel channel = RatingChannel.PAD;
        private Instant ratedAt;
        private Long complaintId;

        private Builder() {
        }

        private Builder(Rating r) {
            id = r.id();
            siteId = r.siteId();
            ticketId = r.ticketId();
            ticketNumber = r.ticketNumber();
            businessDate = r.businessDate();
            windowNumber = r.windowNumber();
            staffNumber = r.staffNumber();
            level = r.level();
            reasons = r.reasons();
            comment = r.comment();
            channel = r.channel();
            ratedAt = r.ratedAt();
            complaintId = r.complaintId();
        }

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder siteId(long value) {
            siteId = value;
            return this;
        }

        public Builder ticketId(long value) {
            ticketId = value;
            return this;
        }

        public Builder ticketNumber(String value) {
            ticketNumber = value;
            return this;
        }

        public Builder businessDate(LocalDate value) {
            businessDate = value;
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

        public Builder level(RatingLevel value) {
            level = value;
            return this;
        }

        public Builder reasons(List<String> value) {
            reasons = value;
            return this;
        }

        public Builder comment(String value) {
            comment = value;
            return this;
        }

        public Builder channel(RatingChannel value) {
            channel = value;
            return this;
        }

        public Builder ratedAt(Instant value) {
            ratedAt = value;
            return this;
        }

        public Builder complaintId(Long value) {
            complaintId = value;
            return this;
        }

        public Rating build() {
            return new Rating(id, siteId, ticketId, ticketNumber, businessDate, windowNumber, staffNumber, level, reasons, comment, channel, ratedAt, complaintId);
        }
    }
}
