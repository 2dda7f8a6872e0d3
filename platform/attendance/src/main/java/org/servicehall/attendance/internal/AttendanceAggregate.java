package org.servicehall.attendance.internal;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.AttendanceService;

/**
 * Registers the 1.x aggregate {@link AttendanceService} (see {@link Attendance}) while the area's
 * three services run, for callers that still reference it.
 *
 * <p>The bundle declares the service it registers by hand ({@link Capability}), as DS does for the
 * services of its components, so that Karaf resolves the bundles that reference it.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.servicehall.attendance.AttendanceService\"", uses = AttendanceService.class)
@Component(service = {})
public final class AttendanceAggregate {
    private final ServiceRegistration<AttendanceService> registration;

    @Activate
    public AttendanceAggregate(BundleContext context, @Reference AttendanceRoster roster, @Reference AttendancePosts posts,
            @Reference AttendanceReports reports) {
        registration = context.registerService(AttendanceService.class, Attendance.of(roster, posts, reports), null);
    }

    @Deactivate
    void unregister() {
        registration.unregister();
    }
}
