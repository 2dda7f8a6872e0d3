package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.Correction;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.DomainEvent;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.x aggregate {@link AttendanceService}: its calls go to the area's services, the
 * {@link AttendanceRoster} (A1), the {@link AttendancePosts} (A2-A4) and the {@link AttendanceReports}
 * (A5), which hold the logic. Built by hand on a data source it is the whole area in plain Java, for
 * callers without a container (the bench, other areas' tests); in the container
 * {@link AttendanceAggregate} offers it to callers that still reference the aggregate. It goes when
 * they reference the service they use.
 */
public class Attendance implements AttendanceService {

    /**
     * @param clockInLead A2: how long before the window opens staff must have clocked in
     * @param maxLeave A3: a leave-post longer than this is a violation candidate
     */
    public record Settings(Duration clockInLead, Duration maxLeave) {

        static Settings ofMinutes(int clockInLead, int maxLeave) {
            return new Settings(Duration.ofMinutes(clockInLead), Duration.ofMinutes(maxLeave));
        }
    }

    private final AttendanceRoster roster;
    private final AttendancePosts posts;
    private final AttendanceReports reports;

    /** The area on the data source (already migrated), publishing its events to {@code publisher}. */
    public Attendance(DataSource dataSource, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Consumer<DomainEvent> publisher) {
        AttendanceStore store = new AttendanceStore(dataSource);
        Rosters rosters = new Rosters(store, sites, audit, clock);
        this.roster = rosters;
        this.posts = new Posts(store, rosters, sites, audit, clock, settings, publisher);
        this.reports = new MonthlyReports(store, rosters, sites, audit, clock, settings.clockInLead(), publisher);
    }

    Attendance(AttendanceRoster roster, AttendancePosts posts, AttendanceReports reports) {
        this.roster = roster;
        this.posts = posts;
        this.reports = reports;
    }

    // ---- A1

    @Override
    public List<ShiftTemplate> templates(long siteId) {
        return roster.templates(siteId);
    }

    @Override
    public ShiftTemplate addTemplate(Actor actor, long siteId, String staffNumber, DayOfWeek day, int windowNumber, LocalTime start,
            LocalTime end) {
        return roster.addTemplate(actor, siteId, staffNumber, day, windowNumber, start, end);
    }

    @Override
    public void removeTemplate(Actor actor, long templateId) {
        roster.removeTemplate(actor, templateId);
    }

    @Override
    public List<RosterChange> changes(long siteId, LocalDate from, LocalDate to) {
        return roster.changes(siteId, from, to);
    }

    @Override
    public RosterChange setChange(Actor actor, long siteId, String staffNumber, LocalDate date, Integer windowNumber, LocalTime start,
            LocalTime end, String note) {
        return roster.setChange(actor, siteId, staffNumber, date, windowNumber, start, end, note);
    }

    @Override
    public void removeChange(Actor actor, long changeId) {
        roster.removeChange(actor, changeId);
    }

    @Override
    public List<Shift> roster(long siteId, LocalDate date) {
        return roster.roster(siteId, date);
    }

    // ---- A2-A4

    @Override
    public AttendanceRecord clockIn(Actor actor, long siteId, String staffNumber, int windowNumber) {
        return posts.clockIn(actor, siteId, staffNumber, windowNumber);
    }

    @Override
    public AttendanceRecord clockOut(Actor actor, long siteId, String staffNumber) {
        return posts.clockOut(actor, siteId, staffNumber);
    }

    @Override
    public LeavePost leavePost(Actor actor, long siteId, String staffNumber, String reason) {
        return posts.leavePost(actor, siteId, staffNumber, reason);
    }

    @Override
    public LeavePost returnToPost(Actor actor, long siteId, String staffNumber) {
        return posts.returnToPost(actor, siteId, staffNumber);
    }

    @Override
    public Optional<Post> post(long siteId, int windowNumber) {
        return posts.post(siteId, windowNumber);
    }

    @Override
    public List<Post> posts(long siteId) {
        return posts.posts(siteId);
    }

    @Override
    public Optional<String> staffNumberOf(long siteId, String username) {
        return posts.staffNumberOf(siteId, username);
    }

    @Override
    public List<AttendanceRecord> today(long siteId) {
        return posts.today(siteId);
    }

    // ---- A5

    @Override
    public MonthlyReport report(long siteId, YearMonth month) {
        return reports.report(siteId, month);
    }

    @Override
    public String reportCsv(long siteId, YearMonth month) {
        return reports.reportCsv(siteId, month);
    }

    @Override
    public AttendanceRecord correct(Actor actor, long recordId, Correction correction) {
        return reports.correct(actor, recordId, correction);
    }
}
