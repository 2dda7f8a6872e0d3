package org.servicehall.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue ticket (Q1).
 *
 * <p>Build one with {@link #builder()} (or change one with {@link #toBuilder()}) rather than by
 * position: components added in later versions then keep their defaults.
 *
 * @param number the readable number: the service's prefix and a daily sequence, e.g. {@code A012}
 * @param issuedAt when it was first issued; kept through transfers (Q6)
 * @param windowNumber the window that called it, or null
 * @param targetWindow after a transfer to a particular window, only that window may call it; or null
 * @param recalls how often it was called again after the first call
 */
public record Ticket(long id, long siteId, String serviceCode, String number, int sequence, LocalDate businessDate,
        PriorityClass priority, Channel channel, TicketStatus status, Instant issuedAt, Instant calledAt, Instant startedAt,
        Instant finishedAt, Integer windowNumber, Integer targetWindow, int recalls, int transfers, String handoffNote) {

    /**
     * A ticket to fill in: id 0 (not stored), {@link TicketStatus#WAITING}, {@link PriorityClass#NORMAL},
     * {@link Channel#API} (as an {@link IssueRequest} without one), never recalled or transferred;
     * everything else null or 0 until set.
     *
     * @since 1.5
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ticket's values.
     *
     * @since 1.5
     */
    public Builder toBuilder() {
        return new Builder().id(id).siteId(siteId).serviceCode(serviceCode).number(number).sequence(sequence).businessDate(businessDate)
                .priority(priority).channel(channel).status(status).issuedAt(issuedAt).calledAt(calledAt).startedAt(startedAt)
                .finishedAt(finishedAt).windowNumber(windowNumber).targetWindow(targetWindow).recalls(recalls).transfers(transfers)
                .handoffNote(handoffNote);
    }

    /**
     * Builds a {@link Ticket}; each setter is named after its component.
     *
     * @since 1.5
     */
    public static final class Builder {
        private long id;
        private long siteId;
        private String serviceCode;
        private String number;
        private int sequence;
        private LocalDate businessDate;
        private PriorityClass priority = PriorityClass.NORMAL;
        private Channel channel = Channel.API;
        private TicketStatus status = TicketStatus.WAITING;
        private Instant issuedAt;
        private Instant calledAt;
        private Instant startedAt;
        private Instant finishedAt;
        private Integer windowNumber;
        private Integer targetWindow;
        private int recalls;
        private int transfers;
        private String handoffNote;

        private Builder() {
        }

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder siteId(long value) {
            siteId = value;
            return this;
        }

        public Builder serviceCode(String value) {
            serviceCode = value;
            return this;
        }

        public Builder number(String value) {
            number = value;
            return this;
        }

        public Builder sequence(int value) {
            sequence = value;
            return this;
        }

        public Builder businessDate(LocalDate value) {
            businessDate = value;
            return this;
        }

        public Builder priority(PriorityClass value) {
            priority = value;
            return this;
        }

        public Builder channel(Channel value) {
            channel = value;
            return this;
        }

        public Builder status(TicketStatus value) {
            status = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            issuedAt = value;
            return this;
        }

        public Builder calledAt(Instant value) {
            calledAt = value;
            return this;
        }

        public Builder startedAt(Instant value) {
            startedAt = value;
            return this;
        }

        public Builder finishedAt(Instant value) {
            finishedAt = value;
            return this;
        }

        public Builder windowNumber(Integer value) {
            windowNumber = value;
            return this;
        }

        public Builder targetWindow(Integer value) {
            targetWindow = value;
            return this;
        }

        public Builder recalls(int value) {
            recalls = value;
            return this;
        }

        public Builder transfers(int value) {
            transfers = value;
            return this;
        }

        public Builder handoffNote(String value) {
            handoffNote = value;
            return this;
        }

        public Ticket build() {
            return new Ticket(id, siteId, serviceCode, number, sequence, businessDate, priority, channel, status, issuedAt, calledAt,
                    startedAt, finishedAt, windowNumber, targetWindow, recalls, transfers, handoffNote);
        }
    }
}
