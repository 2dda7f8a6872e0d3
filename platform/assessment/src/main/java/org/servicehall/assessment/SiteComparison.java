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
}
