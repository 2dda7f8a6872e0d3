package org.servicehall.site.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The installation's clock seen in each site's zone. Zones are kept for a moment (a change made on
 * this node clears them at once, one made on another node is seen within {@link #TTL_NANOS}), so
 * asking a site's clock on a hot path (clock-in, issuing) costs no query.
 */
final class SiteClocks {
    static final long TTL_NANOS = 2_000_000_000L;

    private record Entry(ZoneId zone, long loaded) {
    }

    private final Clock installation;
    private final LongFunction<ZoneId> zoneOf;
    private final Map<Long, Entry> zones = new ConcurrentHashMap<>();

    /**
     * @param installation the platform's clock; its zone is the installation's (new sites take it)
     * @param zoneOf reads a site's zone from the database (throws NotFound for an unknown site)
     */
    SiteClocks(Clock installation, LongFunction<ZoneId> zoneOf) {
        this.installation = installation;
        this.zoneOf = zoneOf;
    }

    /** The zone a site gets when its admin names none: the installation clock's. */
    ZoneId installationZone() {
        return installation.getZone();
    }

    Clock clock(long siteId) {
        long now = System.nanoTime();
        Entry e = zones.get(siteId);
        if (e == null || now - e.loaded() > TTL_NANOS) {
            e = new Entry(zoneOf.apply(siteId), now);
            zones.put(siteId, e);
        }
        return installation.withZone(e.zone());
    }

    void invalidate() {
        zones.clear();
    }
}
