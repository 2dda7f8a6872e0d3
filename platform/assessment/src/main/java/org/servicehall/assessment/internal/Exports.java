package org.servicehall.assessment.internal;

import java.time.Duration;
import java.util.List;

import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.SiteComparison;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.WindowRank;

/** M3: the CSV documents of the assessment's results and reports (see {@link Csv}). */
public final class Exports {
    private Exports() {
    }

    private static long seconds(Duration d) {
        return d == null ? 0 : d.toSeconds();
    }

    private static double percent(double share) {
        return Double.isNaN(share) ? Double.NaN : Math.round(share * 1000) / 10.0;
    }

    private static double two(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.round(v * 100) / 100.0;
    }

    public static String result(AssessmentResult r) {
        Csv csv = new Csv().row("rank", "staffNumber", "staffName", "attitude", "efficiency", "discipline", "ability", "total", "details");
        for (StaffScore s : r.scores()) {
            csv.row(s.rank(), s.staffNumber(), s.staffName(), s.attitude(), s.efficiency(), s.discipline(), s.ability(), s.total(),
                    s.details());
        }
        return csv.toString();
    }

    public static String report(List<ReportLine> lines) {
        Csv csv = new Csv().row("key", "label", "served", "noShows", "averageWaitSeconds", "averageServiceSeconds", "withinTargetPercent",
                "averageRating", "ratings", "complaints", "score");
        for (ReportLine l : lines) {
            csv.row(l.key(), l.label(), l.served(), l.noShows(), seconds(l.averageWait()), seconds(l.averageService()),
                    percent(l.withinTargetShare()), two(l.averageRating()), l.ratings(), l.complaints(), l.score());
        }
        return csv.toString();
    }

    public static String sites(List<SiteComparison> sites) {
        Csv csv = new Csv().row("site", "name", "served", "noShows", "averageWaitSeconds", "averageServiceSeconds", "withinTargetPercent",
                "averageRating", "ratings", "complaints", "averageScore", "assessedStaff");
        for (SiteComparison s : sites) {
            csv.row(s.siteCode(), s.siteName(), s.served(), s.noShows(), seconds(s.averageWait()), seconds(s.averageService()),
                    percent(s.withinTargetShare()), two(s.averageRating()), s.ratings(), s.complaints(), two(s.averageScore()),
                    s.assessedStaff());
        }
        return csv.toString();
    }

    public static String ranking(List<WindowRank> ranks) {
        Csv csv = new Csv().row("rank", "window", "name", "served", "averageWaitSeconds", "withinTargetPercent", "averageRating", "ratings");
        for (WindowRank w : ranks) {
            csv.row(w.rank(), w.windowNumber(), w.windowName(), w.served(), seconds(w.averageWait()), percent(w.withinTargetShare()),
                    two(w.averageRating()), w.ratings());
        }
        return csv.toString();
    }
}
