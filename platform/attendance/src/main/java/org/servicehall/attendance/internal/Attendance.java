package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.common.Aggregate;
import org.servicehall.common.DomainEvent;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.x aggregate {@link AttendanceService} made of the area's services, the
 * {@link AttendanceRoster} (A1), the {@link AttendancePosts} (A2-A4) and the {@link AttendanceReports}
 * (A5), which hold the logic: an {@link Aggregate}, no class forwarding each call. {@link #onDataSource}
 * builds the whole area in plain Java, for callers without a container (the bench, other areas'
 * tests); in the container {@link AttendanceAggregate} registers it for callers that still reference
 * the aggregate. It goes when they reference the service they use.
 */
public final class Attendance {

    /**
     * @param clockInLead A2: how long before the window opens staff must have clocked in
     * @param maxLeave A3: a leave-post longer than this is a violation candidate
     */
    public record Settings(Duration clockInLead, Duration maxLeave) {

        static Settings ofMinutes(int clockInLead, int maxLeave) {
            return new Settings(Duration.ofMinutes(clockInLead), Duration.ofMinutes(maxLeave));
        }
    }

    private Attendance() {
    }

    /** The area on the data source (already migrated), publishing its events to {@code publisher}. */
    public static AttendanceService onDataSource(DataSource dataSource, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Consumer<DomainEvent> publisher) {
        AttendanceStore store = new AttendanceStore(dataSource);
        Rosters rosters = new Rosters(store, sites, audit, clock);
        return of(rosters, new Posts(store, rosters, sites, audit, clock, settings, publisher),
                new MonthlyReports(store, rosters, sites, audit, clock, settings.clockInLead(), publisher));
    }

    /** The aggregate of the area's three services. */
    static AttendanceService of(AttendanceRoster roster, AttendancePosts posts, AttendanceReports reports) {
        return Aggregate.of(AttendanceService.class, roster, posts, reports);
    }
}
