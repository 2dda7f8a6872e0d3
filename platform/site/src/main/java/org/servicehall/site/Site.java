package org.servicehall.site;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A service hall.
 *
 * <p>Its opening hours, its business day and every time shown for it are in its own time
 * {@link #zone}, whatever the server's zone is: {@link SiteService#clock(long)} gives the
 * installation's clock in that zone.
 *
 * @param code short unique code, e.g. {@code DEMO}
 * @param opensAt when windows open on a working day, in the site's zone
 * @param closesAt when ticket issuing stops (tickets issued before are still served, Q8), in the site's zone
 * @param zone the site's time zone, e.g. {@code Asia/Shanghai} (since 1.5)
 */
public record Site(long id, String code, String name, String address, LocalTime opensAt, LocalTime closesAt, ZoneId zone) {

    public Site {
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * A site as before 1.5, in the server's zone.
     *
     * @deprecated a site has its own zone: use the canonical constructor or {@link #withZone}
     */
    @Deprecated(since = "1.5")
    public Site(long id, String code, String name, String address, LocalTime opensAt, LocalTime closesAt) {
        this(id, code, name, address, opensAt, closesAt, ZoneId.systemDefault());
    }

    /**
     * This site in another zone.
     *
     * @since 1.5
     */
    public Site withZone(ZoneId value) {
        return new Site(id, code, name, address, opensAt, closesAt, value);
    }
}
