package org.servicehall.admincenter.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

import com.vaadin.flow.component.Component;

/** The administrative centre screen in the console, present while this plugin runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class AdminCenterViews implements ViewContribution {
    static final String SECTOR = "admin-center";

    private final SiteService sites;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    @Activate
    public AdminCenterViews(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        this.sites = sites;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public ViewInfo info() {
        return new ViewInfo("admin-center/catalogue", "admincenter.menu.catalogue", "OFFICE", Role.ADMIN, SECTOR, 500);
    }

    @Override
    public Class<? extends Component> viewType() {
        return CentreCatalogueView.class;
    }

    @Override
    public Component createView() {
        return new CentreCatalogueView(sites, catalogue, clock);
    }
}
