package org.servicehall.hospital.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvents;
import org.servicehall.hospital.internal.guide.GuideDesk;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** H1: the guide desk in the console while the plugin runs. */
@Component(service = ViewContribution.class)
public final class GuideScreen extends Screen {
    @Activate
    public GuideScreen(@Reference GuideDesk desk, @Reference SiteService sites, @Reference DomainEvents events) {
        super(new ViewInfo("hospital/guide", "hospital.menu.guide", "HANDS_UP", Role.STAFF, "hospital", 402), GuideDeskView.class,
                () -> new GuideDeskView(desk, sites, events));
    }
}
