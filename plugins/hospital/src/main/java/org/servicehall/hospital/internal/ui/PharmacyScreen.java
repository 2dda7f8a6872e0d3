package org.servicehall.hospital.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvents;
import org.servicehall.hospital.internal.pharmacy.Pharmacy;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** H3: the pharmacy workbench in the console while the plugin runs. */
@Component(service = ViewContribution.class)
public final class PharmacyScreen extends Screen {
    @Activate
    public PharmacyScreen(@Reference Pharmacy pharmacy, @Reference SiteService sites, @Reference DomainEvents events) {
        super(new ViewInfo("hospital/pharmacy", "hospital.menu.pharmacy", "PILL", Role.STAFF, "hospital", 410), PharmacyWorkbenchView.class,
                () -> new PharmacyWorkbenchView(pharmacy, sites, events));
    }
}
