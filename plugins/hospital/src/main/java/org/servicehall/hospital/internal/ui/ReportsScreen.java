package org.servicehall.hospital.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.hospital.internal.reports.HospitalReports;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The hospital's day reports for supervisors while the plugin runs. */
@Component(service = ViewContribution.class)
public final class ReportsScreen extends Screen {
    @Activate
    public ReportsScreen(@Reference HospitalReports reports, @Reference SiteService sites) {
        super(new ViewInfo("hospital/reports", "hospital.menu.reports", "CHART", Role.SUPERVISOR, "hospital", 440), HospitalReportsView.class,
                () -> new HospitalReportsView(reports, sites));
    }
}
