package org.servicehall.taxhall.internal;

import java.time.Instant;

/**
 * A measure the tax hall took for a long queue (TX3, 第六条).
 *
 * @param alertId the queue alert (Q3) it answers
 * @param waiting how many waited when the alert was raised
 * @param waitingOver the service's threshold (more than this many waiting raises the alert)
 * @param endedAt when the alert cleared; null while the queue is still long
 */
public record QueueMeasure(long id, long siteId, String serviceCode, long alertId, Measure measure, int waiting, int waitingOver,
        Instant takenAt, Instant endedAt) {

    /** Whether the queue is still long. */
    public boolean standing() {
        return endedAt == null;
    }

    /** The measures of 第六条 (当窗口排队人数较多时，应采取合理的措施，加强服务的组织和协调). */
    public enum Measure {
        /** The supervisor is asked to open more windows for the service (Q3, Q11). */
        OPEN_WINDOWS,
        /** The kiosk and the phone page offer booking a later slot (Q9). */
        OFFER_BOOKING,
        /** The kiosk and the phone page point to the self-service terminals and the online tax office. */
        OFFER_SELF_SERVICE,
        /** Near closing time: every ticket issued before closing is served (Q8). */
        SERVE_PAST_CLOSING
    }
}
