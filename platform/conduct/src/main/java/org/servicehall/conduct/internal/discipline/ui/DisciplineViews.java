package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.DisciplineService;
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
     * Services the inspection screen uses when they are there: attendance (who is signed in at a
     * window, to prefill the staff member) and the conduct catalogue (the rules to pick from).
     */
    static final class Optionals {
        volatile AttendanceService attendance;
        volatile ConductCatalogue catalogue;
    }

    /** Supervisors on a tablet: record a spot check; draw and show the week's random inspection plan. */
    @Component(service = ViewContribution.class)
    public static final class Inspections extends Screen {
        private final Optionals optionals;

        @Activate
        public Inspections(@Reference DisciplineService discipline, @Reference SiteService sites, @Reference Clock clock) {
            this(new Optionals(), discipline, sites, clock);
        }

        private Inspections(Optionals o, DisciplineService discipline, SiteService sites, Clock clock) {
            super(new ViewInfo("conduct/inspection", "discipline.menu.inspection", "EYE", Role.SUPERVISOR, "core", 160),
                    InspectionView.class, () -> new InspectionView(discipline, sites, clock, () -> o.attendance, () -> o.catalogue));
            this.optionals = o;
        }

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetAttendance")
        void setAttendance(AttendanceService service) {
            optionals.attendance = service;
        }

        void unsetAttendance(AttendanceService service) {
            if (optionals.attendance == service) {
                optionals.attendance = null;
            }
        }

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetCatalogue")
        void setCatalogue(ConductCatalogue service) {
            optionals.catalogue = service;
        }

        void unsetCatalogue(ConductCatalogue service) {
            if (optionals.catalogue == service) {
                optionals.catalogue = null;
            }
        }
    }

    /** Supervisors: candidates to confirm or dismiss, proposed sanctions and commendations, the site's ladder. */
    @Component(service = ViewContribution.class)
    public static final class Violations extends Screen {
        @Activate
        public Violations(@Reference DisciplineService discipline, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/violations", "discipline.menu.violations", "GAVEL", Role.SUPERVISOR, "core", 161),
                    ViolationsView.class, () -> new ViolationsView(discipline, sites, clock));
        }
    }

    /** Staff declare gifts; supervisors review them. */
    @Component(service = ViewContribution.class)
    public static final class Gifts extends Screen {
        @Activate
        public Gifts(@Reference DisciplineService discipline, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/gifts", "discipline.menu.gifts", "GIFT", Role.STAFF, "core", 162), GiftsView.class,
                    () -> new GiftsView(discipline, sites, clock));
        }
    }

    /** First-contact enquiries: open, hand over, answer, with the hand-over history. */
    @Component(service = ViewContribution.class)
    public static final class Enquiries extends Screen {
        @Activate
        public Enquiries(@Reference DisciplineService discipline, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/enquiries", "discipline.menu.enquiries", "QUESTION_CIRCLE_O", Role.STAFF, "core", 163),
                    EnquiriesView.class, () -> new EnquiriesView(discipline, sites, clock));
        }
    }

    /** Disputes escalated to the supervision desk and their resolution. */
    @Component(service = ViewContribution.class)
    public static final class Disputes extends Screen {
        @Activate
        public Disputes(@Reference DisciplineService discipline, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("conduct/disputes", "discipline.menu.disputes", "EXCLAMATION_CIRCLE_O", Role.STAFF, "core", 164),
                    DisputesView.class, () -> new DisputesView(discipline, sites, clock));
        }
    }
}
