package org.servicehall.admincenter.internal;

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

/** The administrative centre screen in the console, present while this plugin runs. */
@Component(service = ViewContribution.class)
public final class AdminCenterViews extends Screen {
    static final String SECTOR = "admin-center";

    @Activate
    public AdminCenterViews(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        super(new ViewInfo("admin-center/catalogue", "admincenter.menu.catalogue", "OFFICE", Role.ADMIN, SECTOR, 500), CentreCatalogueView.class, () -> new CentreCatalogueView(sites, catalogue, clock));
    }
}
