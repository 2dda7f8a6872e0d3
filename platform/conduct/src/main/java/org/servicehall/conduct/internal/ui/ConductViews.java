package org.servicehall.conduct.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.DisciplineService;
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
     * Services the "my day" screen uses when they are there: attendance (being installed with the
     * platform) and discipline. Either may come and go without the screen going away.
     */
    static final class Optionals {
        volatile AttendanceService attendance;
        volatile DisciplineService discipline;
    }

    /** Staff: today's shifts and clock-in state, the site's phrases and rules, one's own violations and commendations. */
    @Component(service = ViewContribution.class)
    public static final class MyDay extends Screen {
        private final Optionals optionals;

        @Activate
        public MyDay(@Reference ConductCatalogue catalogue, @Reference ConductPhrases phrases, @Reference SiteService sites,
                @Reference Clock clock) {
            this(new Optionals(), catalogue, phrases, sites, clock);
        }

        private MyDay(Optionals o, ConductCatalogue catalogue, ConductPhrases phrases, SiteService sites, Clock clock) {
            super(new ViewInfo("my-day", "conduct.menu.myDay", "SUN_O", Role.STAFF, "core", 15), MyDayView.class,
                    () -> new MyDayView(catalogue, phrases, sites, clock, () -> o.attendance, () -> o.discipline));
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

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetDiscipline")
        void setDiscipline(DisciplineService service) {
            optionals.discipline = service;
        }

        void unsetDiscipline(DisciplineService service) {
            if (optionals.discipline == service) {
                optionals.discipline = null;
            }
        }
    }
}
