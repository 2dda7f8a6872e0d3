package org.servicehall.queue;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * The queue's settings per site and service, over the installation's defaults
 * ({@code etc/org.servicehall.queue.cfg}): Q3's "more than N waiting" and Q4's wait target for each
 * service, whether a site's display boards also announce calls in English (Q7), and whether a service
 * takes appointments and in which slots (Q9, since 1.6). Changes are audited and take effect on every
 * node within seconds.
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

    /**
     * Q9 (issue 14 H5): how a service of a site takes appointments.
     *
     * @param bookable whether the service takes appointments at all (false: not offered for booking, a booking is refused)
     * @param slotMinutes the length of its slots (5..240 minutes)
     * @param places the appointments per slot (1..100)
     * @param own whether the service has any value of its own (false: the installation's defaults throughout)
     * @since 1.6
     */
    record BookingRule(boolean bookable, int slotMinutes, int places, boolean own) {
    }

    /** Q9: the service's booking rule, its own values where set, else the installation's (bookable, its slot length and places). @since 1.6 */
    BookingRule booking(long siteId, String serviceCode);

    /**
     * Q9: sets how a service takes appointments; null for any value keeps the installation's default
     * for it (all null: back to the defaults). Bookings already made keep their slot and place.
     * Needs the site's administrator.
     *
     * @throws org.servicehall.common.ValidationException naming the value out of range (5..240 minutes, 1..100 places)
     * @since 1.6
     */
    BookingRule setBooking(Actor actor, long siteId, String serviceCode, Boolean bookable, Integer slotMinutes, Integer places);
}
