package org.servicehall.attendance.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.AttendanceService;

/** The 1.x aggregate {@link AttendanceService} in the container, made of the area's three services (see {@link Attendance}). */
@Component(service = AttendanceService.class)
public final class AttendanceAggregate extends Attendance {

    @Activate
    public AttendanceAggregate(@Reference AttendanceRoster roster, @Reference AttendancePosts posts, @Reference AttendanceReports reports) {
        super(roster, posts, reports);
    }
}
