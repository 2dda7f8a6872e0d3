package org.servicehall.site;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What an admin enters to create or change a site.
 *
 * @param opensAt when windows open, in the site's zone
 * @param closesAt when ticket issuing stops, in the site's zone
 * @param zone the site's time zone (since 1.5); null means the installation's zone for a new site
 *        and the zone it has for a site changed
 */
public record SiteDraft(String code, String name, String address, LocalTime opensAt, LocalTime closesAt, ZoneId zone) {

    /** A draft without a zone: a new site takes the installation's zone, a changed one keeps its own. */
    public SiteDraft(String code, String name, String address, LocalTime opensAt, LocalTime closesAt) {
        this(code, name, address, opensAt, closesAt, null);
    }

    /**
     * This draft with the zone given.
     *
     * @since 1.5
     */
    public SiteDraft withZone(ZoneId value) {
        return new SiteDraft(code, name, address, opensAt, closesAt, value);
    }
}
