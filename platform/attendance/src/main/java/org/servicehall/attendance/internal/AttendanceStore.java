package org.servicehall.attendance.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.Conflict;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;
import org.servicehall.site.Staff;

/** The attendance tables in plain JDBC on the shared data source; the caller owns transactions. */
final class AttendanceStore {

    /** A stored sign-in, before the status is judged. */
    record Row(long id, long siteId, long staffId, String staffNumber, String staffName, int windowNumber, LocalDate date,
            LocalTime shiftStart, LocalTime shiftEnd, Instant clockIn, Instant clockOut, boolean corrected, String correctionReason) {

        /** A sign-in to store (id 0): the staff member at the window on the day, with the hours of their shift if they have one. */
        static Row signIn(long siteId, Staff staff, int windowNumber, LocalDate date, Optional<Shift> shift, Instant clockIn,
                Instant clockOut, boolean corrected, String correctionReason) {
            return new Row(0, siteId, staff.id(), staff.staffNumber(), staff.name(), windowNumber, date,
                    shift.map(Shift::start).orElse(null), shift.map(Shift::end).orElse(null), clockIn, clockOut, corrected,
                    correctionReason);
        }

        Row withId(long newId) {
            return new Row(newId, siteId, staffId, staffNumber, staffName, windowNumber, date, shiftStart, shiftEnd, clockIn, clockOut,
                    corrected, correctionReason);
        }

        Row withTimes(Instant in, Instant out, boolean isCorrected, String reason) {
            return new Row(id, siteId, staffId, staffNumber, staffName, windowNumber, date, shiftStart, shiftEnd, in, out, isCorrected,
                    reason);
        }

        /** How the audit log names the record: staff number, window, day and times to the second in the hall's zone. */
        String describe(ZoneId zone) {
            return staffNumber + " window " + windowNumber + " " + date + " in " + ClockTime.of(clockIn, zone)
                    + (clockOut == null ? "" : " out " + ClockTime.of(clockOut, zone));
        }
    }

    /** A signed-in staff member: the post row with its record and open leave. */
    record PostRow(Row record, LeavePost leave) {
    }

    private final DataSource dataSource;

    AttendanceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One transaction; a unique-key clash (another node a moment earlier) becomes a clear conflict. */
    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> Jdbc.isUniqueViolation(e)
                ? new Conflict(AttendanceRules.TEXTS.message("attendance.error.concurrentChange"))
                : new IllegalStateException("attendance database error: " + e.getMessage(), e));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("attendance"));
    }

    // ---- roster

    private static final String TEMPLATE_COLUMNS = "id, site_id, staff_id, day_of_week, window_number, starts_at, ends_at, valid_from,"
            + " valid_to FROM att_shift_template";

    private static ShiftTemplate template(ResultSet rs) throws SQLException {
        return new ShiftTemplate(rs.getLong(1), rs.getLong(2), rs.getLong(3), DayOfWeek.of(rs.getInt(4)), rs.getInt(5),
                rs.getObject(6, LocalTime.class), rs.getObject(7, LocalTime.class), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class));
    }

    /** The site's templates, removed ones included (they roster the days they were in force). */
    List<ShiftTemplate> templates(Connection c, long siteId) throws SQLException {
        List<ShiftTemplate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TEMPLATE_COLUMNS + " WHERE site_id = ?"
                + " ORDER BY day_of_week, starts_at, window_number")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(template(rs));
                }
            }
        }
        return out;
    }

    Optional<ShiftTemplate> template(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TEMPLATE_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(template(rs)) : Optional.empty();
            }
        }
    }

    /** Stores a new template (its id and end ignored): the template as stored, with its id, in force. */
    ShiftTemplate insertTemplate(Connection c, ShiftTemplate t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO att_shift_template (site_id, staff_id, day_of_week, window_number,"
                + " starts_at, ends_at, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, t.siteId());
            ps.setLong(2, t.staffId());
            ps.setInt(3, t.day().getValue());
            ps.setInt(4, t.windowNumber());
            ps.setObject(5, t.start());
            ps.setObject(6, t.end());
            ps.setObject(7, t.validFrom());
            ps.executeUpdate();
            return new ShiftTemplate(Jdbc.generatedId(ps), t.siteId(), t.staffId(), t.day(), t.windowNumber(), t.start(), t.end(),
                    t.validFrom(), null);
        }
    }

    /** Ends a template: it rosters no day after {@code lastDay} (one added the same day disappears entirely). */
    void endTemplate(Connection c, ShiftTemplate t, LocalDate lastDay) throws SQLException {
        if (lastDay.isBefore(t.validFrom())) {
            update(c, "DELETE FROM att_shift_template WHERE id = ?", t.id());
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE att_shift_template SET valid_to = ? WHERE id = ?")) {
            ps.setObject(1, lastDay);
            ps.setLong(2, t.id());
            ps.executeUpdate();
        }
    }

    private static final RowMapper<RosterChange> CHANGES = RowMapper.of(RosterChange.class).column("date", "work_date")
            .column("start", "starts_at").column("end", "ends_at");

    /** The rows of {@code sql} for a site (parameter 1) between two days (parameters 2 and 3), through {@code rows}. */
    private static <T extends Record> List<T> between(Connection c, RowMapper<T> rows, String sql, long siteId, LocalDate from,
            LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            return rows.list(ps);
        }
    }

    List<RosterChange> changes(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        return between(c, CHANGES, "SELECT " + CHANGES.columnList()
                + " FROM att_roster_change WHERE site_id = ? AND work_date BETWEEN ? AND ? ORDER BY work_date, staff_id", siteId, from, to);
    }

    Optional<RosterChange> change(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGES.columnList() + " FROM att_roster_change WHERE id = ?")) {
            ps.setLong(1, id);
            return CHANGES.first(ps);
        }
    }

    /** Replaces the staff member's change of that day, if any: the change as stored, with its id. */
    RosterChange putChange(Connection c, RosterChange ch) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM att_roster_change WHERE site_id = ? AND staff_id = ? AND work_date = ?")) {
            del.setLong(1, ch.siteId());
            del.setLong(2, ch.staffId());
            del.setObject(3, ch.date());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(CHANGES.insert("att_roster_change", "id"), Statement.RETURN_GENERATED_KEYS)) {
            CHANGES.bind(ps, ch, "id");
            ps.executeUpdate();
            return new RosterChange(Jdbc.generatedId(ps), ch.siteId(), ch.staffId(), ch.date(), ch.windowNumber(), ch.start(), ch.end(),
                    ch.note());
        }
    }

    void deleteChange(Connection c, long id) throws SQLException {
        update(c, "DELETE FROM att_roster_change WHERE id = ?", id);
    }

    // ---- records and posts

    private static final RowMapper<Row> RECORDS = RowMapper.of(Row.class).column("date", "work_date");
    private static final String RECORD_COLUMNS = RECORDS.columnList("r");

    Optional<Row> record(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RECORD_COLUMNS + " FROM att_record r WHERE r.id = ?")) {
            ps.setLong(1, id);
            return RECORDS.first(ps);
        }
    }

    List<Row> records(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        return between(c, RECORDS, "SELECT " + RECORD_COLUMNS
                + " FROM att_record r WHERE r.site_id = ? AND r.work_date BETWEEN ? AND ? ORDER BY r.work_date, r.clock_in", siteId, from, to);
    }

    long insertRecord(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORDS.insert("att_record", "id"), Statement.RETURN_GENERATED_KEYS)) {
            RECORDS.bind(ps, r, "id");
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Stores the record's clock-in, clock-out and correction. */
    void updateTimes(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE att_record SET clock_in = ?, clock_out = ?, corrected = ?, correction_reason = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(r.clockIn()));
            ps.setTimestamp(2, r.clockOut() == null ? null : Timestamp.from(r.clockOut()));
            ps.setBoolean(3, r.corrected());
            ps.setString(4, r.correctionReason());
            ps.setLong(5, r.id());
            ps.executeUpdate();
        }
    }

    private static final String POST_QUERY = "SELECT " + RECORD_COLUMNS
            + ", l.id AS leave_id, l.reason AS leave_reason, l.left_at AS leave_left_at"
            + " FROM att_post p JOIN att_record r ON r.id = p.record_id"
            + " LEFT JOIN att_leave l ON l.id = p.leave_id WHERE p.site_id = ? AND r.work_date = ?";

    private static PostRow postRow(ResultSet rs) throws SQLException {
        Row r = RECORDS.map(rs);
        long leaveId = rs.getLong("leave_id");
        LeavePost leave = rs.wasNull() ? null
                : new LeavePost(leaveId, r.id(), r.staffNumber(), r.windowNumber(), rs.getString("leave_reason"),
                        Jdbc.instant(rs, "leave_left_at"), null);
        return new PostRow(r, leave);
    }

    /** Today's sign-ins of the site (a post left from an earlier day, a forgotten clock-out, does not count). */
    List<PostRow> posts(Connection c, long siteId, LocalDate today) throws SQLException {
        return posts(c, " ORDER BY p.window_number", siteId, today, null);
    }

    Optional<PostRow> postAt(Connection c, long siteId, LocalDate today, int windowNumber) throws SQLException {
        return posts(c, " AND p.window_number = ?", siteId, today, windowNumber).stream().findFirst();
    }

    Optional<PostRow> postOf(Connection c, long siteId, LocalDate today, long staffId) throws SQLException {
        return posts(c, " AND p.staff_id = ?", siteId, today, staffId).stream().findFirst();
    }

    /** Today's sign-ins of the site, narrowed by {@code where} (with its one parameter, if not null). */
    private static List<PostRow> posts(Connection c, String where, long siteId, LocalDate today, Number parameter) throws SQLException {
        List<PostRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(POST_QUERY + where)) {
            ps.setLong(1, siteId);
            ps.setObject(2, today);
            if (parameter != null) {
                ps.setLong(3, parameter.longValue());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(postRow(rs));
                }
            }
        }
        return out;
    }

    /** Removes sign-ins of earlier days (clock-out forgotten): the record stays, without a clock-out, for correction. */
    int dropStalePosts(Connection c, long siteId, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM att_post WHERE site_id = ? AND record_id IN"
                + " (SELECT id FROM att_record WHERE site_id = ? AND work_date < ?)")) {
            ps.setLong(1, siteId);
            ps.setLong(2, siteId);
            ps.setObject(3, today);
            return ps.executeUpdate();
        }
    }

    void insertPost(Connection c, long siteId, long staffId, int windowNumber, long recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO att_post (site_id, staff_id, window_number, record_id, leave_id) VALUES (?, ?, ?, ?, NULL)")) {
            ps.setLong(1, siteId);
            ps.setLong(2, staffId);
            ps.setInt(3, windowNumber);
            ps.setLong(4, recordId);
            ps.executeUpdate();
        }
    }

    void deletePost(Connection c, long siteId, long staffId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM att_post WHERE site_id = ? AND staff_id = ?")) {
            ps.setLong(1, siteId);
            ps.setLong(2, staffId);
            ps.executeUpdate();
        }
    }

    /** Sets the post's open leave, only if it is in the expected state (another node may have been quicker). */
    boolean setPostLeave(Connection c, long siteId, long staffId, Long expected, Long leaveId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE att_post SET leave_id = ? WHERE site_id = ? AND staff_id = ? AND "
                + (expected == null ? "leave_id IS NULL" : "leave_id = " + expected))) {
            if (leaveId == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, leaveId);
            }
            ps.setLong(2, siteId);
            ps.setLong(3, staffId);
            return ps.executeUpdate() == 1;
        }
    }

    // ---- leave-post

    long insertLeave(Connection c, long recordId, long siteId, String staffNumber, int window, String reason, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO att_leave (record_id, site_id, staff_number, window_number, reason,"
                + " left_at, returned_at, overrun_reported) VALUES (?, ?, ?, ?, ?, ?, NULL, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, recordId);
            ps.setLong(2, siteId);
            ps.setString(3, staffNumber);
            ps.setInt(4, window);
            ps.setString(5, reason);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void endLeave(Connection c, long leaveId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE att_leave SET returned_at = ? WHERE id = ? AND returned_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, leaveId);
            ps.executeUpdate();
        }
    }

    /** Marks the overrun of a leave as reported; true only for the one caller (on any node) that marked it. */
    boolean markOverrunReported(Connection c, long leaveId) throws SQLException {
        return update(c, "UPDATE att_leave SET overrun_reported = TRUE WHERE id = ? AND overrun_reported = FALSE", leaveId) == 1;
    }

    private static final RowMapper<LeavePost> LEAVES = RowMapper.of(LeavePost.class);

    /** The leaves of the site's records between the dates, for reports. */
    List<LeavePost> leaves(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        return between(c, LEAVES, "SELECT " + LEAVES.columnList("l") + " FROM att_leave l JOIN att_record r"
                + " ON r.id = l.record_id WHERE r.site_id = ? AND r.work_date BETWEEN ? AND ? ORDER BY l.left_at", siteId, from, to);
    }

    List<LeavePost> leavesOf(Connection c, long recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LEAVES.columnList()
                + " FROM att_leave WHERE record_id = ? ORDER BY left_at")) {
            ps.setLong(1, recordId);
            return LEAVES.list(ps);
        }
    }

    /** Open leaves (today's posts) whose overrun has not been reported yet. */
    List<LeavePost> openUnreportedLeaves(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LEAVES.columnList("l") + " FROM att_leave l JOIN att_post p"
                + " ON p.leave_id = l.id WHERE p.site_id = ? AND l.overrun_reported = FALSE")) {
            ps.setLong(1, siteId);
            return LEAVES.list(ps);
        }
    }

    static Duration away(List<LeavePost> leaves, Instant now) {
        Duration d = Duration.ZERO;
        for (LeavePost l : leaves) {
            d = d.plus(l.duration(now));
        }
        return d;
    }

    // ---- helpers

    private static int update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

}
