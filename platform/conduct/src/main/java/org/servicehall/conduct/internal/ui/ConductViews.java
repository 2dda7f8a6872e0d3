package org.servicehall.conduct.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.Violations;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The conduct area's console screens (C1-C3), each contributed as a {@link ViewContribution} service. */
public final class ConductViews {
    private ConductViews() {
    }

    /** Admin: the site's rule catalogue, step phrases and forbidden phrases with a live "try a text". */
    @Component(service = ViewContribution.class)
    public static final class Catalogue extends Screen {
        @Activate
        public Catalogue(@Reference ConductCatalogue catalogue, @Reference ConductPhrases phrases, @Reference SiteService sites,
                @Reference Clock clock) {
            super(new ViewInfo("admin/conduct", "conduct.menu.catalogue", "CLIPBOARD_CHECK", Role.ADMIN, "core", 150),
                    ConductCatalogueView.class, () -> new ConductCatalogueView(catalogue, phrases, sites, clock.getZone()));
        }
    }

    /**
     * Staff: today's shifts and clock-in state, the site's phrases and rules, one's own violations
     * and commendations. Attendance (the shifts and clock-in) and discipline (one's own record) are
     * used when they are there: either may come and go without the screen going away.
     */
    @Component(service = ViewContribution.class)
    public static final class MyDay implements ViewContribution {
        private static final ViewInfo INFO = new ViewInfo("my-day", "conduct.menu.myDay", "SUN_O", Role.STAFF, "core", 15);

        private final ConductCatalogue catalogue;
        private final ConductPhrases phrases;
        private final SiteService sites;
        private final Clock clock;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile AttendanceRoster roster;
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile AttendancePosts posts;
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile Violations violations;
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile Commendations commendations;

        @Activate
        public MyDay(@Reference ConductCatalogue catalogue, @Reference ConductPhrases phrases, @Reference SiteService sites,
                @Reference Clock clock) {
            this.catalogue = catalogue;
            this.phrases = phrases;
            this.sites = sites;
            this.clock = clock;
        }

        @Override
        public ViewInfo info() {
            return INFO;
        }

        @Override
        public Class<MyDayView> viewType() {
            return MyDayView.class;
        }

        @Override
        public MyDayView createView() {
            return new MyDayView(catalogue, phrases, sites, clock, () -> roster, () -> posts, () -> violations, () -> commendations);
        }
    }
}
