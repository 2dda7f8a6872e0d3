package org.servicehall.assessment.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.TrainingRecords;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The assessment's screens (supervisor): assessment per period, training records, reports, window ranking. */
public final class AssessmentViews {
    private AssessmentViews() {
    }

    @Component(service = ViewContribution.class)
    public static final class Assess extends Screen {
        @Activate
        public Assess(@Reference AssessmentWeights weights, @Reference AssessmentRuns runs, @Reference SiteService sites,
                @Reference Clock clock) {
            super(new ViewInfo("assessment", "menu.assessment", "CHART", Role.SUPERVISOR, "core", 60), AssessmentView.class,
                    () -> new AssessmentView(weights, runs, sites, clock));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Training extends Screen {
        @Activate
        public Training(@Reference TrainingRecords training, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("assessment/training", "menu.training", "ACADEMY_CAP", Role.SUPERVISOR, "core", 61), TrainingView.class,
                    () -> new TrainingView(training, sites, clock));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Reports extends Screen {
        @Activate
        public Reports(@Reference AssessmentReports reports, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("assessment/reports", "menu.assessmentReports", "BAR_CHART", Role.SUPERVISOR, "core", 62),
                    ReportsView.class, () -> new ReportsView(reports, sites, clock));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Ranking extends Screen {
        @Activate
        public Ranking(@Reference AssessmentReports reports, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("assessment/ranking", "menu.windowRanking", "TROPHY", Role.SUPERVISOR, "core", 63), RankingView.class,
                    () -> new RankingView(reports, sites, clock));
        }
    }
}
