package org.servicehall.casework.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.HolidayTables;
import org.servicehall.casework.Supervision;
import org.servicehall.common.DomainEvents;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** Casework's screens (T1-T3): accepting a case at the counter, the case list, the case page and the supervision board. */
public final class CaseViews {
    private CaseViews() {
    }

    /** {@code casework/accept?ticket=<id>}: a case from the called ticket. */
    @Component(service = ViewContribution.class)
    public static final class Accept extends Screen {
        @Activate
        public Accept(@Reference CaseLifecycle cases, @Reference QueueReadModel queue, @Reference SiteService sites) {
            super(new ViewInfo("casework/accept", "menu.caseAccept", "FILE_ADD", Role.STAFF, "core", 46), CaseAcceptView.class,
                    () -> new CaseAcceptView(cases, queue, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Cases extends Screen {
        @Activate
        public Cases(@Reference CaseReadModel cases, @Reference SiteService sites) {
            super(new ViewInfo("casework/cases", "menu.cases", "FOLDER_OPEN", Role.STAFF, "core", 47), CaseListView.class,
                    () -> new CaseListView(cases, sites));
        }
    }

    /** {@code casework/case?id=<id>}. */
    @Component(service = ViewContribution.class)
    public static final class Page extends Screen {
        @Activate
        public Page(@Reference CaseLifecycle cases, @Reference CaseReadModel reads, @Reference SiteService sites,
                @Reference IdentityChecks identity) {
            super(new ViewInfo("casework/case", "menu.casePage", "FILE_TEXT_O", Role.STAFF, "core", 48), CaseView.class,
                    () -> new CaseView(cases, reads, sites, identity));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Board extends Screen {
        @Activate
        public Board(@Reference Supervision supervision, @Reference CaseReadModel cases, @Reference HolidayTables holidays,
                @Reference DomainEvents events, @Reference SiteService sites) {
            super(new ViewInfo("casework/supervision", "menu.supervision", "TRAFFIC_LIGHTS", Role.STAFF, "core", 49), SupervisionView.class,
                    () -> new SupervisionView(supervision, cases, holidays, events, sites));
        }
    }
}
