package org.servicehall.admincenter.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.CentreReports;
import org.servicehall.admincenter.internal.CentreSeals;
import org.servicehall.admincenter.internal.OneWindow;
import org.servicehall.admincenter.internal.PreApplications;
import org.servicehall.admincenter.internal.ServiceGuides;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.seal.SealRegister;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The centre's screens in the console (AC1-AC3), present while this plugin runs. */
public final class CentreScreens {
    public static final String SECTOR = "admin-center";

    private CentreScreens() {
    }

    /** The centre's items with their time-limit classes (AC1, AC2). */
    @Component(service = ViewContribution.class)
    public static final class Catalogue extends Screen {
        @Activate
        public Catalogue(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
            super(new ViewInfo("admin-center/catalogue", "admincenter.menu.catalogue", "OFFICE", Role.ADMIN, SECTOR, 500),
                    CentreCatalogueView.class, () -> new CentreCatalogueView(sites, catalogue, clock));
        }
    }

    /** AC1: the comprehensive window. */
    @Component(service = ViewContribution.class)
    public static final class Workbench extends Screen {
        @Activate
        public Workbench(@Reference OneWindow window, @Reference CentreInfo centre, @Reference SiteService sites,
                @Reference ServiceCatalogue catalogue, @Reference QueueReadModel queue, @Reference CaseLifecycle cases,
                @Reference IdentityChecks identity) {
            super(new ViewInfo("admin-center/workbench", "admincenter.menu.workbench", "DESKTOP", Role.STAFF, SECTOR, 501),
                    WorkbenchView.class, () -> new WorkbenchView(window, centre, sites, catalogue, queue, cases, identity));
        }
    }

    /** AC1: a unit's inbox. */
    @Component(service = ViewContribution.class)
    public static final class Inbox extends Screen {
        @Activate
        public Inbox(@Reference OneWindow window, @Reference CaseLifecycle cases, @Reference CentreInfo centre, @Reference SiteService sites) {
            super(new ViewInfo("admin-center/inbox", "admincenter.menu.inbox", "INBOX", Role.STAFF, SECTOR, 502), UnitInboxView.class,
                    () -> new UnitInboxView(window, cases, centre, sites));
        }
    }

    /** AC3: the service guides. */
    @Component(service = ViewContribution.class)
    public static final class Guides extends Screen {
        @Activate
        public Guides(@Reference ServiceGuides guides, @Reference CentreInfo centre, @Reference SiteService sites,
                @Reference ServiceCatalogue catalogue) {
            super(new ViewInfo("admin-center/guides", "admincenter.menu.guides", "BOOK", Role.ADMIN, SECTOR, 503), GuidesAdminView.class,
                    () -> new GuidesAdminView(guides, centre, sites, catalogue));
        }
    }

    /** AC3: the pre-check of pre-applications. */
    @Component(service = ViewContribution.class)
    public static final class PreApps extends Screen {
        @Activate
        public PreApps(@Reference PreApplications preapps, @Reference SiteService sites, @Reference ServiceCatalogue catalogue) {
            super(new ViewInfo("admin-center/pre-applications", "admincenter.menu.preapps", "ENVELOPE_OPEN", Role.STAFF, SECTOR, 504),
                    PreApplicationReviewView.class, () -> new PreApplicationReviewView(preapps, sites, catalogue));
        }
    }

    /** AC2: the weekly report. */
    @Component(service = ViewContribution.class)
    public static final class Report extends Screen {
        @Activate
        public Report(@Reference CentreReports reports, @Reference CentreInfo centre, @Reference SiteService sites) {
            super(new ViewInfo("admin-center/report", "admincenter.menu.report", "CHART", Role.SUPERVISOR, SECTOR, 505), WeeklyReportView.class,
                    () -> new WeeklyReportView(reports, centre, sites));
        }
    }

    /** AC5: the centre's seals on casework's seal register. */
    @Component(service = ViewContribution.class)
    public static final class Seals extends Screen {
        @Activate
        public Seals(@Reference CentreSeals seals, @Reference SealRegister register, @Reference OneWindow window, @Reference CentreInfo centre,
                @Reference SiteService sites, @Reference IdentityChecks identity) {
            super(new ViewInfo("admin-center/seals", "admincenter.menu.seals", "STAMP", Role.STAFF, SECTOR, 506), SealsView.class,
                    () -> new SealsView(seals, register, window, centre, sites, identity));
        }
    }
}
