package org.servicehall.queue.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.QueueSettings.Thresholds;

/**
 * Q3, Q4, Q7, Q9: a site's queue settings as the hot path reads them: read from the database and kept
 * two seconds (other nodes' changes arrive within that); a change on this node is seen at once
 * ({@link #forget}).
 */
final class SettingsCache {
    private static final long KEEP_NANOS = 2_000_000_000L;

    private record SiteSettings(long readAt, Map<String, Integer[]> services, boolean english,
            Map<String, SettingsStore.BookingValues> bookings) {
    }

    private final TicketStore store;
    private final Queue.Settings defaults;
    /** Q9: the installation's slot length and places per slot ({@link QueueConfig}); every service bookable by default. */
    private volatile int slotMinutes = 30;
    private volatile int slotPlaces = 4;
    private final Map<Long, SiteSettings> sites = new ConcurrentHashMap<>();

    SettingsCache(TicketStore store, Queue.Settings defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    private SiteSettings site(long siteId) {
        long now = System.nanoTime();
        SiteSettings s = sites.get(siteId);
        if (s == null || now - s.readAt() > KEEP_NANOS) {
            s = store.read(c -> new SiteSettings(now, SettingsStore.serviceSettings(c, siteId), SettingsStore.announceEnglish(c, siteId),
                    SettingsStore.bookingSettings(c, siteId)));
            sites.put(siteId, s);
        }
        return s;
    }

    /** Q3/Q4: the service's thresholds, its own where set, else the installation's. */
    Thresholds thresholds(long siteId, String serviceCode) {
        Integer[] own = site(siteId).services().get(serviceCode);
        if (own == null) {
            return new Thresholds(defaults.alertWaitingOver(), defaults.waitTarget(), false);
        }
        return new Thresholds(own[0] == null ? defaults.alertWaitingOver() : own[0],
                own[1] == null ? defaults.waitTarget() : Duration.ofMinutes(own[1]), true);
    }

    /** Q9: the installation's defaults of the booking rule (from {@code etc/org.servicehall.queue.cfg}). */
    void bookingDefaults(int minutes, int places) {
        SlotRules.checkDefaults(minutes, places);
        this.slotMinutes = minutes;
        this.slotPlaces = places;
    }

    /** Q9: the service's booking rule, its own values where set, else the installation's. */
    BookingRule booking(long siteId, String serviceCode) {
        return SlotRules.rule(site(siteId).bookings().get(serviceCode), slotMinutes, slotPlaces);
    }

    /** Q7: whether the site's boards also announce in English. */
    boolean announceInEnglish(long siteId) {
        return site(siteId).english();
    }

    /** The site's settings changed on this node: read them again when next asked. */
    void forget(long siteId) {
        sites.remove(siteId);
    }
}
