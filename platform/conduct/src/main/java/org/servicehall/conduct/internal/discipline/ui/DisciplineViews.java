package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violations;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The discipline screens (C4-C8), each contributed as a {@link ViewContribution} service. */
public final class DisciplineViews {
    private DisciplineViews() {
    }

    /**
     * Supervisors on a tablet: record a spot check; draw and show the week's random inspection plan.
     * Attendance (who is signed in at a window, to prefill the staff member) and the conduct
     * catalogue (the rules to pick from) are used when they are there.
     */
    @Component(service = ViewContribution.class)
    public static final class InspectionScreen implements ViewContribution {
        private static final ViewInfo INFO = new ViewInfo("conduct/inspection", "discipline.menu.inspection", "EYE", Role.SUPERVISOR,
                "core", 160);

        private final Inspections inspections;
        private final SiteService sites;
        private final Clock clock;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile AttendancePosts posts;
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile ConductCatalogue catalogue;

        @Activate
        public InspectionScreen(@Reference Inspections inspections, @Reference SiteService sites, @Reference Clock clock) {
            this.inspections = inspections;
            this.sites = sites;
            this.clock = clock;
        }

        @Override
        public ViewInfo info() {
            return INFO;
        }

        @Override
        public Class<InspectionView> viewType() {
            return InspectionView.class;
        }

        @Override
        public InspectionView createView() {
            return new InspectionView(inspections, sites, clock, () -> posts, () -> catalogue);
        }
    }

    /** Supervisors: candidates to confirm or dismiss, proposed sanctions and commendations, the site's ladder. */
    @Component(service = ViewContribution.class)
    public static final class ViolationsScreen extends Screen {
        @Activate
        public ViolationsScreen(@Reference Violations violations, @Reference Sanctions sanctions,
                @Reference Commendations commendations, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/violations", "discipline.menu.violations", "GAVEL", Role.SUPERVISOR, "core", 161),
                    ViolationsView.class, () -> new ViolationsView(violations, sanctions, commendations, sites, clock));
        }
    }

    /** Staff declare gifts; supervisors review them. */
    @Component(service = ViewContribution.class)
    public static final class GiftsScreen extends Screen {
        @Activate
        public GiftsScreen(@Reference Gifts gifts, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/gifts", "discipline.menu.gifts", "GIFT", Role.STAFF, "core", 162), GiftsView.class,
                    () -> new GiftsView(gifts, sites, clock));
        }
    }

    /** First-contact enquiries: open, hand over, answer, with the hand-over history. */
    @Component(service = ViewContribution.class)
    public static final class EnquiriesScreen extends Screen {
        @Activate
        public EnquiriesScreen(@Reference Enquiries enquiries, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/enquiries", "discipline.menu.enquiries", "QUESTION_CIRCLE_O", Role.STAFF, "core", 163),
                    EnquiriesView.class, () -> new EnquiriesView(enquiries, sites, clock));
        }
    }

    /** Disputes escalated to the supervision desk and their resolution. */
    @Component(service = ViewContribution.class)
    public static final class DisputesScreen extends Screen {
        @Activate
        public DisputesScreen(@Reference Disputes disputes, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/disputes", "discipline.menu.disputes", "EXCLAMATION_CIRCLE_O", Role.STAFF, "core", 164),
                    DisputesView.class, () -> new DisputesView(disputes, sites, clock));
        }
    }
}
