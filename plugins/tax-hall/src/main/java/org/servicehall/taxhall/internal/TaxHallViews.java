package org.servicehall.taxhall.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

import com.vaadin.flow.component.Component;

/** The tax hall's screen in the console, present while this plugin runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class TaxHallViews implements ViewContribution {
    static final String SECTOR = "tax-hall";

    private final SiteService sites;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    @Activate
    public TaxHallViews(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        this.sites = sites;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public ViewInfo info() {
        return new ViewInfo("tax-hall/catalogue", "taxhall.menu.catalogue", "INSTITUTION", Role.ADMIN, SECTOR, 300);
    }

    @Override
    public Class<? extends Component> viewType() {
        return TaxCatalogueView.class;
    }

    @Override
    public Component createView() {
        return new TaxCatalogueView(sites, catalogue, clock);
    }
}
