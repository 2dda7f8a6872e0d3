package org.servicehall.hospital.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvents;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** H4: the lab's TAT board in the console while the plugin runs. */
@Component(service = ViewContribution.class)
public final class TatBoardScreen extends Screen {
    @Activate
    public TatBoardScreen(@Reference Laboratory lab, @Reference SiteService sites, @Reference DomainEvents events, @Reference Clock clock) {
        super(new ViewInfo("hospital/lab/tat", "hospital.menu.tat", "TIMER", Role.STAFF, "hospital", 430), TatBoardView.class,
                () -> new TatBoardView(lab, sites, events, clock));
    }
}
