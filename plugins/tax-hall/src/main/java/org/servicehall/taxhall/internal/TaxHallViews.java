package org.servicehall.taxhall.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.fee.Fees;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.OneTimeNotices;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The tax hall's screens in the console, present while this plugin runs. */
public final class TaxHallViews {
    static final String SECTOR = TaxItems.SECTOR;

    private TaxHallViews() {
    }

    /** The tax items with their time limits and the fee rule (TX1, TX2). */
    @Component(service = ViewContribution.class)
    public static final class Catalogue extends Screen {
        @Activate
        public Catalogue(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
            super(new ViewInfo("tax-hall/catalogue", "taxhall.menu.catalogue", "INSTITUTION", Role.ADMIN, SECTOR, 300), TaxCatalogueView.class,
                    () -> new TaxCatalogueView(sites, catalogue, clock));
        }
    }

    /** The tax window's workbench (TX1-TX3). */
    @Component(service = ViewContribution.class)
    public static final class Workbench extends Screen {
        @Activate
        public Workbench(@Reference SiteService sites, @Reference QueueReadModel queue, @Reference CaseLifecycle cases,
                @Reference CaseReadModel reads, @Reference Checklists checklists, @Reference OneTimeNotices notices, @Reference Fees fees,
                @Reference TaxFeePolicy feePolicy, @Reference ConductCatalogue conduct, @Reference LongQueueMeasures measures,
                @Reference IdentityChecks identity) {
            super(new ViewInfo("tax-hall/workbench", "taxhall.menu.workbench", "DESKTOP", Role.STAFF, SECTOR, 290, ViewInfo.CASEWORK),
                    TaxWorkbenchView.class, () -> new TaxWorkbenchView(new TaxWorkbenchView.Services(sites, queue, cases, reads, checklists,
                            notices, fees, feePolicy, conduct, measures, new PolicyNotes(), identity)));
        }
    }
}
