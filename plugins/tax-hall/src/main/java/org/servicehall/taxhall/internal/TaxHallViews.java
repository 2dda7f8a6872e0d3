package org.servicehall.taxhall.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The tax hall's screen in the console, present while this plugin runs. */
@Component(service = ViewContribution.class)
public final class TaxHallViews extends Screen {
    static final String SECTOR = "tax-hall";

    @Activate
    public TaxHallViews(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        super(new ViewInfo("tax-hall/catalogue", "taxhall.menu.catalogue", "INSTITUTION", Role.ADMIN, SECTOR, 300), TaxCatalogueView.class, () -> new TaxCatalogueView(sites, catalogue, clock));
    }
}
