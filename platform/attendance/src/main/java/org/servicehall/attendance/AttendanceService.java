package org.servicehall.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

import org.servicehall.security.Actor;

/**
 * Attendance (A1-A5). Staff are named by their staff number (工号, as on the badge) within a site.
 * Staff clock themselves in and out and leave and return to their post; a supervisor (or a badge
 * reader's account with that role) may do it for anyone. Every change checks its input, names
 * every problem ({@link org.servicehall.common.ValidationException},
 * {@link org.servicehall.common.Conflict}, {@link org.servicehall.common.NotFound},
 * {@link org.servicehall.common.HallException}) and is saved with its audit entry or not at all.
 */
public interface AttendanceService {

    // ---- A1 rosters

    List<ShiftTemplate> templates(long siteId);

    ShiftTemplate addTemplate(Actor actor, long siteId, String staffNumber, DayOfWeek day, int windowNumber, LocalTime start,
            LocalTime end);

    void removeTemplate(Actor actor, long templateId);

    List<RosterChange> changes(long siteId, LocalDate from, LocalDate to);

    /** Sets the day's roster for a staff member; {@code windowNumber} null means a day off. Replaces an earlier change. */
    RosterChange setChange(Actor actor, long siteId, String staffNumber, LocalDate date, Integer windowNumber, LocalTime start,
            LocalTime end, String note);

    void removeChange(Actor actor, long changeId);

    /** The effective shifts of a day: templates on working days, replaced by the day's changes. */
    List<Shift> roster(long siteId, LocalDate date);

    // ---- A2 clock-in / clock-out

    AttendanceRecord clockIn(Actor actor, long siteId, String staffNumber, int windowNumber);

    AttendanceRecord clockOut(Actor actor, long siteId, String staffNumber);

    // ---- A3 leave-post

    LeavePost leavePost(Actor actor, long siteId, String staffNumber, String reason);

    LeavePost returnToPost(Actor actor, long siteId, String staffNumber);

    // ---- who is where (A4)

    /** The staff member signed in at the window now, if any. */
    Optional<Post> post(long siteId, int windowNumber);

    /** Every window that has a signed-in staff member now. */
    List<Post> posts(long siteId);

    /** The staff number of the account, when it belongs to a staff member of the site. */
    Optional<String> staffNumberOf(long siteId, String username);

    /** Today's records of the site (the supervisor's attendance board), absences of past openings included. */
    List<AttendanceRecord> today(long siteId);

    // ---- A5 report and corrections

    MonthlyReport report(long siteId, YearMonth month);

    /** A5: CSV (UTF-8 with BOM, so spreadsheet programs show Chinese names) of the month's report. */
    String reportCsv(long siteId, YearMonth month);

    AttendanceRecord correct(Actor actor, long recordId, Correction correction);
}
