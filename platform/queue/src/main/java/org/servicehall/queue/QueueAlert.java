package org.servicehall.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * A queue alert as the hall keeps it (Q3, Q4): raised when its condition starts, standing while the
 * condition holds, cleared when it ends. There is one alert per condition — one for "more than N
 * waiting" per service, however many wait; one per ticket for a wait predicted or found over the
 * target — also with several nodes on one database. Built by the queue; readers get it from
 * {@link QueueService#alerts}.
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
}
