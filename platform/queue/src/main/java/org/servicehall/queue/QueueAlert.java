package org.servicehall.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * A queue alert as the hall keeps it (Q3, Q4): raised when its condition starts, standing while the
 * condition holds, cleared when it ends. There is one alert per condition — one for "more than N
 * waiting" per service, however many wait; one per ticket for a wait predicted or found over the
 * target — also with several nodes on one database. Built by the queue; readers get it from
 * {@link StandingAlerts#alerts}. A test or plugin that needs one builds it with {@link #builder()}
 * rather than by position, so components added later keep their defaults.
 *
 * @param kind which condition
 * @param ticketNumber the ticket of a per-ticket condition (Q4); null for {@link Kind#TOO_MANY_WAITING}
 * @param raisedAt when the condition was first seen
 * @param lastSeenAt when it was last seen to hold (refreshed at least every 30 seconds while it stands)
 * @param clearedAt when it was seen to have ended; null while the alert stands
 * @param waiting how many waited for the service when it was last seen
 * @param waited how long the ticket had waited when last seen; null for {@link Kind#TOO_MANY_WAITING}
 * @param predictedWait the ticket's predicted wait from issue to call, for {@link Kind#WAIT_AT_RISK}; null otherwise
 * @param waitingOver Q3's threshold in force for the service: more than this many waiting raises an alert
 * @param waitTarget Q4's wait target in force for the service
 * @param message what happened, in English with the rule's Chinese wording where it has one
 * @since 1.4
 */
public record QueueAlert(long id, long siteId, String serviceCode, Kind kind, String ticketNumber, Instant raisedAt,
        Instant lastSeenAt, Instant clearedAt, int waiting, Duration waited, Duration predictedWait, int waitingOver,
        Duration waitTarget, String message) {

    /** The conditions; their names are also the {@link QueueEvents#ALERT_KIND} of the events. */
    public enum Kind {
        /** Q3: more people wait for the service than its threshold: open another window or divert. */
        TOO_MANY_WAITING,
        /** Q4 before the breach: a waiting ticket is predicted to wait longer than the target. */
        WAIT_AT_RISK,
        /** Q4: a ticket has waited longer than the target and still waits. */
        WAIT_BREACHED
    }

    /** Whether the condition still holds (the alert is not cleared). */
    public boolean standing() {
        return clearedAt == null;
    }

    /**
     * An alert to fill in: id 0 (not stored), standing (no {@code clearedAt}), nobody waiting;
     * everything else null or 0 until set.
     *
     * @since 1.5
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this alert's values.
     *
     * @since 1.5
     */
    public Builder toBuilder() {
        return new Builder().id(id).siteId(siteId).serviceCode(serviceCode).kind(kind).ticketNumber(ticketNumber).raisedAt(raisedAt)
                .lastSeenAt(lastSeenAt).clearedAt(clearedAt).waiting(waiting).waited(waited).predictedWait(predictedWait)
                .waitingOver(waitingOver).waitTarget(waitTarget).message(message);
    }

    /**
     * Builds a {@link QueueAlert}; each setter is named after its component.
     *
     * @since 1.5
     */
    public static final class Builder {
        private long id;
        private long siteId;
        private String serviceCode;
        private Kind kind;
        private String ticketNumber;
        private Instant raisedAt;
        private Instant lastSeenAt;
        private Instant clearedAt;
        private int waiting;
        private Duration waited;
        private Duration predictedWait;
        private int waitingOver;
        private Duration waitTarget;
        private String message;

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

        public Builder kind(Kind value) {
            kind = value;
            return this;
        }

        public Builder ticketNumber(String value) {
            ticketNumber = value;
            return this;
        }

        public Builder raisedAt(Instant value) {
            raisedAt = value;
            return this;
        }

        public Builder lastSeenAt(Instant value) {
            lastSeenAt = value;
            return this;
        }

        public Builder clearedAt(Instant value) {
            clearedAt = value;
            return this;
        }

        public Builder waiting(int value) {
            waiting = value;
            return this;
        }

        public Builder waited(Duration value) {
            waited = value;
            return this;
        }

        public Builder predictedWait(Duration value) {
            predictedWait = value;
            return this;
        }

        public Builder waitingOver(int value) {
            waitingOver = value;
            return this;
        }

        public Builder waitTarget(Duration value) {
            waitTarget = value;
            return this;
        }

        public Builder message(String value) {
            message = value;
            return this;
        }

        public QueueAlert build() {
            return new QueueAlert(id, siteId, serviceCode, kind, ticketNumber, raisedAt, lastSeenAt, clearedAt, waiting, waited,
                    predictedWait, waitingOver, waitTarget, message);
        }
    }
}
