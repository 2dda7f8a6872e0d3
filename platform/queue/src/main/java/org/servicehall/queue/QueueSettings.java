package org.servicehall.queue;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * The queue's settings per site and service, over the installation's defaults
 * ({@code etc/org.servicehall.queue.cfg}): Q3's "more than N waiting" and Q4's wait target for each
 * service, and whether a site's display boards also announce calls in English (Q7). Changes are
 * audited and take effect on every node within seconds.
 *
 * @since 1.3
 */
@ProviderType
public interface QueueSettings {

    /**
     * @param alertWaitingOver Q3: more than this many waiting raises "open another window / divert"
     * @param waitTarget Q4: the wait target
     * @param own whether the service has its own values (false: the installation's defaults)
     */
    record Thresholds(int alertWaitingOver, Duration waitTarget, boolean own) {
    }

    Thresholds thresholds(long siteId, String serviceCode);

    /**
     * Sets a service's thresholds; null for either keeps the installation's default for it (both
     * null: back to the defaults).
     *
     * @throws org.servicehall.common.ValidationException naming the value out of range (1..500 people, 1..240 min)
     */
    Thresholds setThresholds(Actor actor, long siteId, String serviceCode, Integer alertWaitingOver, Integer waitTargetMinutes);

    /** Q7: whether the site's boards announce each call in English after Mandarin. */
    boolean announceInEnglish(long siteId);

    void setAnnounceInEnglish(Actor actor, long siteId, boolean english);
}
