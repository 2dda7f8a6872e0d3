package org.servicehall.queue;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Q3, Q4: the queue's alerts as the hall keeps them — raised when a condition starts, standing
 * while it holds, cleared when it ends ({@link QueueAlert}); raising and clearing are announced
 * under {@link QueueEvents#QUEUE_ALERT} and {@link QueueEvents#QUEUE_ALERT_CLEARED}.
 *
 * @since 1.5
 */
@ProviderType
public interface StandingAlerts {

    /** The most alerts {@link #alerts} gives in one answer. */
    int MAX_ALERTS = 1000;

    /**
     * Q3, Q4: the site's queue alerts, newest first: every alert standing now and, with
     * {@code raisedSince}, also those raised since then that are cleared; at most
     * {@value #MAX_ALERTS} alerts.
     *
     * @param raisedSince null for the standing alerts only
     */
    List<QueueAlert> alerts(long siteId, Instant raisedSince);
}
