package org.servicehall.assessment;

import java.time.YearMonth;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** M3: a site's figures over a period, every site side by side, and the window ranking (since 1.1). Read only. */
@ProviderType
public interface AssessmentReports {

    /** The site's figures over the period, grouped; staff lines carry the assessment total when the period was assessed. */
    List<ReportLine> report(long siteId, Period period, ReportGrouping grouping);

    /** M3 (admin): every site's figures over the period, side by side. */
    List<SiteComparison> compareSites(Period period);

    /** M3: the windows of the site ranked over a month. */
    List<WindowRank> windowRanking(long siteId, YearMonth month);
}
