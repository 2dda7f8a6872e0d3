package org.servicehall.site.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

import com.vaadin.flow.component.Component;

/** The site area's console screens, each contributed as a {@link ViewContribution} service. */
public final class SiteViews {
    private SiteViews() {
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Sites implements ViewContribution {
        private final SiteService sites;

        @Activate
        public Sites(@Reference SiteService sites) {
            this.sites = sites;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("admin/sites", "menu.sites", "BUILDING", Role.ADMIN, "core", 100);
        }

        @Override
        public Class<? extends Component> viewType() {
            return SitesView.class;
        }

        @Override
        public Component createView() {
            return new SitesView(sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Windows implements ViewContribution {
        private final SiteService sites;

        @Activate
        public Windows(@Reference SiteService sites) {
            this.sites = sites;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("admin/windows", "menu.windows", "DESKTOP", Role.ADMIN, "core", 110);
        }

        @Override
        public Class<? extends Component> viewType() {
            return WindowsView.class;
        }

        @Override
        public Component createView() {
            return new WindowsView(sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class ServiceItems implements ViewContribution {
        private final SiteService sites;

        @Activate
        public ServiceItems(@Reference SiteService sites) {
            this.sites = sites;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("admin/service-items", "menu.items", "LIST", Role.ADMIN, "core", 120);
        }

        @Override
        public Class<? extends Component> viewType() {
            return ServiceItemsView.class;
        }

        @Override
        public Component createView() {
            return new ServiceItemsView(sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class StaffMembers implements ViewContribution {
        private final SiteService sites;

        @Activate
        public StaffMembers(@Reference SiteService sites) {
            this.sites = sites;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("admin/staff", "menu.staff", "USERS", Role.ADMIN, "core", 130);
        }

        @Override
        public Class<? extends Component> viewType() {
            return StaffView.class;
        }

        @Override
        public Component createView() {
            return new StaffView(sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Calendar implements ViewContribution {
        private final SiteService sites;
        private final Clock clock;

        @Activate
        public Calendar(@Reference SiteService sites, @Reference Clock clock) {
            this.sites = sites;
            this.clock = clock;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("admin/calendar", "menu.calendar", "CALENDAR", Role.ADMIN, "core", 140);
        }

        @Override
        public Class<? extends Component> viewType() {
            return CalendarView.class;
        }

        @Override
        public Component createView() {
            return new CalendarView(sites, clock);
        }
    }
}
