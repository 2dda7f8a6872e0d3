package org.servicehall.hospital.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvents;
import org.servicehall.hospital.internal.payment.Payments;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.ViewContribution;

/** H2: the payment window's steps of 唱收唱付 in the console while the plugin runs. */
@Component(service = ViewContribution.class)
public final class PaymentScreen extends Screen {
    @Activate
    public PaymentScreen(@Reference Payments payments, @Reference SiteService sites, @Reference DomainEvents events) {
        super(new ViewInfo("hospital/payment", "hospital.menu.payment", "CASH", Role.STAFF, "hospital", 405), PaymentDeskView.class,
                () -> new PaymentDeskView(payments, sites, events));
    }
}
