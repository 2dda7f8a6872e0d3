package org.servicehall.complaint.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.persistence.Jdbc;

import org.servicehall.common.Conflict;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.RectificationStatus;
import org.servicehall.complaint.StaffFeedback;

/** The complaint tables in plain JDBC on the shared data source; the caller owns transactions. */
final class ComplaintStore {

    private final DataSource dataSource;

    ComplaintStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param uniqueClash the message of the Conflict thrown when a unique constraint refuses the
     *        change (another node or request was faster)
     */
    <T> T inTransaction(String uniqueClash, Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> Jdbc.isUniqueViolation(e) ? new Conflict(uniqueClash)
                : new IllegalStateException("complaint database error: " + e.getMessage(), e));
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return inTransaction("the change clashed with another made at the same moment (on this or another node); reload and try again",
                work);
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("complaint"));
    }

    // ---- secret

    Optional<String> secret(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM cmp_secret WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    void insertSecret(Connection c, String secret) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmp_secret (id, secret) VALUES (1, ?)")) {
            ps.setString(1, secret);
            ps.executeUpdate();
        }
    }

    // ---- ratings

    private static final String RATING_COLUMNS = "id, site_id, ticket_id, ticket_number, business_date, window_number, staff_number,"
            + " rating_level, reasons, comment_text, channel, rated_at, complaint_id FROM cmp_rating";

    private static Rating rating(ResultSet rs) throws SQLException {
        String reasons = rs.getString(9);
        return new Rating(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                integer(rs, 6), rs.getString(7), RatingLevel.valueOf(rs.getString(8)),
                reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\\|")), rs.getString(10),
                RatingChannel.valueOf(rs.getString(11)), Jdbc.instant(rs, 12), longOrNull(rs, 13));
    }

    Optional<Rating> ratingOfTicket(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RATING_COLUMNS + " WHERE ticket_id = ?")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rating(rs)) : Optional.empty();
            }
        }
    }

    long insertRating(Connection c, Rating r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmp_rating (site_id, ticket_id, ticket_number, business_date,"
                + " window_number, staff_number, rating_level, score, reasons, comment_text, channel, rated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.siteId());
            ps.setLong(2, r.ticketId());
            ps.setString(3, r.ticketNumber());
            ps.setObject(4, r.businessDate());
            setInteger(ps, 5, r.windowNumber());
            ps.setString(6, r.staffNumber());
            ps.setString(7, r.level().name());
            ps.setInt(8, r.level().score());
            ps.setString(9, r.reasons().isEmpty() ? null : String.join("|", r.reasons()));
            ps.setString(10, r.comment());
            ps.setString(11, r.channel().name());
            ps.setTimestamp(12, Timestamp.from(r.ratedAt()));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void linkRating(Connection c, long ratingId, long complaintId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_rating SET complaint_id = ? WHERE id = ?")) {
            ps.setLong(1, complaintId);
            ps.setLong(2, ratingId);
            ps.executeUpdate();
        }
    }

    // ---- complaints

    private static final String COMPLAINT_COLUMNS = "id, site_id, tracking_number, source, category, text_body, contact_name,"
            + " contact_phone, ticket_id, ticket_number, window_number, staff_number, rating_id, status, owner_username, registered_at,"
            + " registered_on, acceptance_due, resolution_due, feedback_due, finding, action_taken, confirmed, staff_at_fault, feedback,"
            + " rejection_reason, escalation_level, escalation_stage, closed_at, reminded_stage FROM cmp_complaint";

    /** A stored case, contact data in clear, with the stage of its last reminder. */
    record Row(Complaint complaint, DeadlineStage remindedStage) {
    }

    private static Row complaint(ResultSet rs) throws SQLException {
        boolean confirmed = rs.getBoolean(23);
        Boolean conf = rs.wasNull() ? null : confirmed;
        String esc = rs.getString(28);
        String reminded = rs.getString(30);
        Complaint c = new Complaint(rs.getLong(1), rs.getLong(2), rs.getString(3), ComplaintSource.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), true, longOrNull(rs, 9), rs.getString(10),
                integer(rs, 11), rs.getString(12), longOrNull(rs, 13), ComplaintStatus.valueOf(rs.getString(14)), rs.getString(15),
                Jdbc.instant(rs, 16), rs.getObject(17, LocalDate.class), rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class),
                rs.getObject(20, LocalDate.class), rs.getString(21), rs.getString(22), conf, rs.getBoolean(24), rs.getString(25),
                rs.getString(26), rs.getInt(27), esc == null ? null : DeadlineStage.valueOf(esc), Jdbc.instant(rs, 29));
        return new Row(c, reminded == null ? null : DeadlineStage.valueOf(reminded));
    }

    Optional<Row> complaint(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COMPLAINT_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(complaint(rs)) : Optional.empty();
            }
        }
    }

    Optional<Row> complaintByTracking(Connection c, String trackingNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COMPLAINT_COLUMNS + " WHERE tracking_number = ?")) {
            ps.setString(1, trackingNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(complaint(rs)) : Optional.empty();
            }
        }
    }

    List<Row> complaints(Connection c, long siteId, boolean openOnly) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COMPLAINT_COLUMNS + " WHERE site_id = ?"
                + (openOnly ? " AND status NOT IN ('CLOSED', 'REJECTED')" : "") + " ORDER BY registered_at DESC, id DESC")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(complaint(rs));
                }
            }
        }
        return out;
    }

    long insertComplaint(Connection c, Complaint k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmp_complaint (site_id, tracking_number, source, category, text_body,"
                + " contact_name, contact_phone, ticket_id, ticket_number, window_number, staff_number, rating_id, status, registered_at,"
                + " registered_on, acceptance_due, resolution_due, feedback_due, staff_at_fault, escalation_level)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, k.siteId());
            ps.setString(2, k.trackingNumber());
            ps.setString(3, k.source().name());
            ps.setString(4, k.category());
            ps.setString(5, k.text());
            ps.setString(6, k.contactName());
            ps.setString(7, k.contactPhone());
            setLong(ps, 8, k.ticketId());
            ps.setString(9, k.ticketNumber());
            setInteger(ps, 10, k.windowNumber());
            ps.setString(11, k.staffNumber());
            setLong(ps, 12, k.ratingId());
            ps.setString(13, k.status().name());
            ps.setTimestamp(14, Timestamp.from(k.registeredAt()));
            ps.setObject(15, k.registeredOn());
            ps.setObject(16, k.acceptanceDue());
            ps.setObject(17, k.resolutionDue());
            ps.setObject(18, k.feedbackDue());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    boolean trackingNumberTaken(Connection c, String trackingNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cmp_complaint WHERE tracking_number = ?")) {
            ps.setString(1, trackingNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * A workflow step as one conditional UPDATE on the state the step starts from: false when
     * another request (on any node) changed the case first.
     */
    boolean step(Connection c, Complaint before, Complaint after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_complaint SET status = ?, owner_username = ?, finding = ?,"
                + " action_taken = ?, confirmed = ?, staff_at_fault = ?, feedback = ?, rejection_reason = ?, closed_at = ?"
                + " WHERE id = ? AND status = ?")) {
            ps.setString(1, after.status().name());
            ps.setString(2, after.owner());
            ps.setString(3, after.finding());
            ps.setString(4, after.action());
            if (after.confirmed() == null) {
                ps.setNull(5, Types.BOOLEAN);
            } else {
                ps.setBoolean(5, after.confirmed());
            }
            ps.setBoolean(6, after.staffAtFault());
            ps.setString(7, after.feedback());
            ps.setString(8, after.rejectionReason());
            ps.setTimestamp(9, after.closedAt() == null ? null : Timestamp.from(after.closedAt()));
            ps.setLong(10, before.id());
            ps.setString(11, before.status().name());
            return ps.executeUpdate() == 1;
        }
    }

    /** Records the reminder of a stage once, across nodes: false when it was already recorded. */
    boolean markReminded(Connection c, long id, ComplaintStatus status, DeadlineStage stage) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_complaint SET reminded_stage = ? WHERE id = ? AND status = ?"
                + " AND (reminded_stage IS NULL OR reminded_stage <> ?)")) {
            ps.setString(1, stage.name());
            ps.setLong(2, id);
            ps.setString(3, status.name());
            ps.setString(4, stage.name());
            return ps.executeUpdate() == 1;
        }
    }

    /** Raises the escalation once per stage and level, across nodes: false when it stood already. */
    boolean escalate(Connection c, long id, ComplaintStatus status, DeadlineStage stage, int level) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_complaint SET escalation_level = ?, escalation_stage = ?"
                + " WHERE id = ? AND status = ? AND (escalation_stage IS NULL OR escalation_stage <> ? OR escalation_level < ?)")) {
            ps.setInt(1, level);
            ps.setString(2, stage.name());
            ps.setLong(3, id);
            ps.setString(4, status.name());
            ps.setString(5, stage.name());
            ps.setInt(6, level);
            return ps.executeUpdate() == 1;
        }
    }

    // ---- rectification

    private static final String RECT_COLUMNS = "r.id, r.site_id, r.complaint_id, c.tracking_number, r.what, r.owner_username, r.due_on,"
            + " r.status, r.evidence, r.done_at, r.verified_by, r.verified_at, r.opened_at"
            + " FROM cmp_rectification r JOIN cmp_complaint c ON c.id = r.complaint_id";

    private static Rectification rectification(ResultSet rs) throws SQLException {
        return new Rectification(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), RectificationStatus.valueOf(rs.getString(8)), rs.getString(9), Jdbc.instant(rs, 10),
                rs.getString(11), Jdbc.instant(rs, 12), Jdbc.instant(rs, 13));
    }

    long insertRectification(Connection c, Rectification r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmp_rectification (site_id, complaint_id, what, owner_username, due_on,"
                + " status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.siteId());
            ps.setLong(2, r.complaintId());
            ps.setString(3, r.what());
            ps.setString(4, r.owner());
            ps.setObject(5, r.due());
            ps.setString(6, r.status().name());
            ps.setTimestamp(7, Timestamp.from(r.openedAt()));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    Optional<Rectification> rectification(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RECT_COLUMNS + " WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rectification(rs)) : Optional.empty();
            }
        }
    }

    List<Rectification> rectifications(Connection c, long siteId, boolean openOnly) throws SQLException {
        List<Rectification> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RECT_COLUMNS + " WHERE r.site_id = ?"
                + (openOnly ? " AND r.status <> 'VERIFIED'" : "") + " ORDER BY r.due_on, r.id")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rectification(rs));
                }
            }
        }
        return out;
    }

    /** A rectification step as a conditional UPDATE on the expected status. */
    boolean updateRectification(Connection c, Rectification before, Rectification after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_rectification SET status = ?, evidence = ?, done_at = ?,"
                + " verified_by = ?, verified_at = ? WHERE id = ? AND status = ?")) {
            ps.setString(1, after.status().name());
            ps.setString(2, after.evidence());
            ps.setTimestamp(3, after.doneAt() == null ? null : Timestamp.from(after.doneAt()));
            ps.setString(4, after.verifiedBy());
            ps.setTimestamp(5, after.verifiedAt() == null ? null : Timestamp.from(after.verifiedAt()));
            ps.setLong(6, before.id());
            ps.setString(7, before.status().name());
            return ps.executeUpdate() == 1;
        }
    }

    // ---- settings

    Optional<DeadlineSettings> deadlineSettings(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT acceptance_days, resolution_days, feedback_days, admin_escalation_days"
                + " FROM cmp_deadline_setting WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DeadlineSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                        : Optional.empty();
            }
        }
    }

    void putDeadlineSettings(Connection c, long siteId, DeadlineSettings s) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cmp_deadline_setting WHERE site_id = ?")) {
            del.setLong(1, siteId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmp_deadline_setting (site_id, acceptance_days, resolution_days,"
                + " feedback_days, admin_escalation_days) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setInt(2, s.acceptanceDays());
            ps.setInt(3, s.resolutionDays());
            ps.setInt(4, s.feedbackDays());
            ps.setInt(5, s.adminEscalationDays());
            ps.executeUpdate();
        }
    }

    // ---- M1 figures: one aggregate per table

    List<StaffFeedback> byStaff(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Map<RatingLevel, Long>> ratings = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_number, rating_level, COUNT(*) FROM cmp_rating"
                + " WHERE site_id = ? AND business_date BETWEEN ? AND ? AND staff_number IS NOT NULL"
                + " GROUP BY staff_number, rating_level")) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ratings.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(RatingLevel.class))
                            .put(RatingLevel.valueOf(rs.getString(2)), rs.getLong(3));
                }
            }
        }
        Map<String, long[]> complaints = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_number, COUNT(*),"
                + " SUM(CASE WHEN confirmed = TRUE THEN 1 ELSE 0 END) FROM cmp_complaint"
                + " WHERE site_id = ? AND registered_on BETWEEN ? AND ? AND staff_number IS NOT NULL GROUP BY staff_number")) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    complaints.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
                }
            }
        }
        java.util.TreeSet<String> staff = new java.util.TreeSet<>(ratings.keySet());
        staff.addAll(complaints.keySet());
        List<StaffFeedback> out = new ArrayList<>();
        for (String s : staff) {
            Map<RatingLevel, Long> levels = ratings.getOrDefault(s, Map.of());
            long n = levels.values().stream().mapToLong(Long::longValue).sum();
            long points = levels.entrySet().stream().mapToLong(e -> e.getKey().score() * e.getValue()).sum();
            long[] k = complaints.getOrDefault(s, new long[2]);
            out.add(new StaffFeedback(s, levels, n == 0 ? Double.NaN : (double) points / n, k[0], k[1]));
        }
        return out;
    }

    // ---- helpers



    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
