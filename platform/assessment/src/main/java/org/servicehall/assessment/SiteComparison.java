package org.servicehall.assessment;

import java.time.Duration;

/**
 * M3: one site's figures in the cross-site report (admin).
 *
 * @param averageScore the average assessment total when the period was assessed, else NaN
 * @param assessedStaff how many staff members the stored assessment covers (0 when not assessed)
 */
public record SiteComparison(long siteId, String siteCode, String siteName, long served, long noShows, Duration averageWait,
        Duration averageService, double withinTargetShare, double averageRating, long ratings, long complaints,
        double averageScore, int assessedStaff) {

    /**
     * A site's figures as its one-line report ({@link ReportGrouping#SITE}), whose score is the
     * average assessment total (since 1.1; a value added later is filled from the line).
     */
    public static SiteComparison of(long siteId, String siteCode, String siteName, ReportLine figures, int assessedStaff) {
        return new SiteComparison(siteId, siteCode, siteName, figures.served(), figures.noShows(), figures.averageWait(),
                figures.averageService(), figures.withinTargetShare(), figures.averageRating(), figures.ratings(), figures.complaints(),
                figures.score(), assessedStaff);
    }
}
