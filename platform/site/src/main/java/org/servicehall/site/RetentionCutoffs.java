package org.servicehall.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The retention cut-off of each site for an area's sweep of personal data ({@code
 * org.servicehall.security.PersonalData#anonymise}, S3): the site's own where it has one, by site
 * code, else the installation's. Records that ended before their site's cut-off are anonymised.
 * Immutable, plain Java.
 *
 * <pre>
 * RetentionCutoffs cutoffs = RetentionCutoffs.of(sites.sites(), before, beforeBySite);
 * ... WHERE closed_at &lt; cutoffs.latest() ...   if (closedAt.isBefore(cutoffs.of(siteId))) ...
 * </pre>
 *
 * @since 1.5
 */
public final class RetentionCutoffs {
    private final Instant before;
    private final Map<Long, Instant> bySite = new HashMap<>();
    private final Map<Long, ZoneId> zones = new HashMap<>();

    private RetentionCutoffs(Collection<Site> sites, Instant before, Map<String, Instant> beforeBySite) {
        this.before = before;
        for (Site site : sites) {
            bySite.put(site.id(), beforeBySite.getOrDefault(site.code(), before));
            zones.put(site.id(), site.zone());
        }
    }

    /**
     * The cut-offs of {@code sites}.
     *
     * @param before the cut-off of every site not in {@code beforeBySite}
     * @param beforeBySite the cut-off of the sites with a period of their own, by site code
     */
    public static RetentionCutoffs of(Collection<Site> sites, Instant before, Map<String, Instant> beforeBySite) {
        return new RetentionCutoffs(sites, before, beforeBySite);
    }

    /** The cut-off of the site with this id; the installation's for a site not among them. */
    public Instant of(long siteId) {
        return bySite.getOrDefault(siteId, before);
    }

    /** The cut-off's day in the site's own time zone; null for a site not among them. */
    public LocalDate day(long siteId) {
        Instant cutoff = bySite.get(siteId);
        return cutoff == null ? null : cutoff.atZone(zones.get(siteId)).toLocalDate();
    }

    /** The latest cut-off of all (the installation's at least): nothing that ended after it is anonymised on any site. */
    public Instant latest() {
        return bySite.values().stream().reduce(before, (a, b) -> a.isAfter(b) ? a : b);
    }
}
