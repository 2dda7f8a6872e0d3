package org.servicehall.attendance.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.internal.LiveAlerts;
import org.servicehall.common.DomainEvents;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** Attendance's screens (supervisor): the live board, the roster, the monthly report. */
public final class AttendanceViews {
    private AttendanceViews() {
    }

    @Component(service = ViewContribution.class)
    public static final class Board extends Screen {
        @Activate
        public Board(@Reference AttendancePosts posts, @Reference LiveAlerts alerts, @Reference DomainEvents events,
                @Reference Clock clock, @Reference SiteService sites) {
            super(new ViewInfo("attendance", "menu.attendance", "CLOCK", Role.SUPERVISOR, "core", 31), AttendanceBoardView.class,
                    () -> new AttendanceBoardView(posts, alerts, events, clock, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Roster extends Screen {
        @Activate
        public Roster(@Reference AttendanceRoster roster, @Reference Clock clock, @Reference SiteService sites) {
            super(new ViewInfo("attendance/roster", "menu.roster", "CALENDAR_USER", Role.SUPERVISOR, "core", 32), RosterView.class,
                    () -> new RosterView(roster, clock, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Report extends Screen {
        @Activate
        public Report(@Reference AttendanceReports reports, @Reference Clock clock, @Reference SiteService sites) {
            super(new ViewInfo("attendance/report", "menu.attendanceReport", "TABLE", Role.SUPERVISOR, "core", 33), ReportView.class,
                    () -> new ReportView(reports, clock, sites));
        }
    }
}
