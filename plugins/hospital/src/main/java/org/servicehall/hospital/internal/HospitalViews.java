package org.servicehall.hospital.internal;

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

/** The hospital windows screen in the console, present while this plugin runs. */
@Component(service = ViewContribution.class)
public final class HospitalViews extends Screen {
    static final String SECTOR = "hospital";

    @Activate
    public HospitalViews(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        super(new ViewInfo("hospital/catalogue", "hospital.menu.catalogue", "HOSPITAL", Role.ADMIN, SECTOR, 400), HospitalWindowsView.class, () -> new HospitalWindowsView(sites, catalogue, clock));
    }
}
