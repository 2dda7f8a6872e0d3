package org.servicehall.hospital.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** H4: the lab's sampling station in the console while the plugin runs. */
@Component(service = ViewContribution.class)
public final class SamplingScreen extends Screen {
    @Activate
    public SamplingScreen(@Reference Laboratory lab, @Reference SiteService sites) {
        super(new ViewInfo("hospital/lab/sampling", "hospital.menu.sampling", "DROP", Role.STAFF, "hospital", 420), LabSamplingView.class,
                () -> new LabSamplingView(lab, sites));
    }
}
