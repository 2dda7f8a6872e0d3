package org.servicehall.site.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The site area's console screens, each contributed as a {@link ViewContribution} service. */
public final class SiteViews {
    private SiteViews() {
    }

    @Component(service = ViewContribution.class)
    public static final class Sites extends Screen {
        @Activate
        public Sites(@Reference SiteService sites) {
            super(new ViewInfo("admin/sites", "menu.sites", "BUILDING", Role.ADMIN, "core", 100), SitesView.class,
                    () -> new SitesView(sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Windows extends Screen {
        @Activate
        public Windows(@Reference SiteService sites) {
            super(new ViewInfo("admin/windows", "menu.windows", "DESKTOP", Role.ADMIN, "core", 110), WindowsView.class,
                    () -> new WindowsView(sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class ServiceItems extends Screen {
        @Activate
        public ServiceItems(@Reference SiteService sites) {
            super(new ViewInfo("admin/service-items", "menu.items", "LIST", Role.ADMIN, "core", 120), ServiceItemsView.class,
                    () -> new ServiceItemsView(sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class StaffMembers extends Screen {
        @Activate
        public StaffMembers(@Reference SiteService sites, @Reference org.servicehall.security.SignInService signIn) {
            super(new ViewInfo("admin/staff", "menu.staff", "USERS", Role.ADMIN, "core", 130), StaffView.class,
                    () -> new StaffView(sites, signIn));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Calendar extends Screen {
        @Activate
        public Calendar(@Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("admin/calendar", "menu.calendar", "CALENDAR", Role.ADMIN, "core", 140), CalendarView.class,
                    () -> new CalendarView(sites, clock));
        }
    }
}
