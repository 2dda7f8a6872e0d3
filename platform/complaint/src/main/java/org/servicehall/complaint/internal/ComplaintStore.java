package org.servicehall.complaint.internal;

import static java.util.stream.Collectors.joining;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * The complaint tables in plain JDBC on the shared data source, cases, tasks and settings mapped
 * by {@link RowMapper}; the caller owns transactions ({@link #inTransaction}, {@link #read}).
 */
final class ComplaintStore {
    private static final RowMapper<Complaint> COMPLAINTS = RowMapper.of(Complaint.class).column("text", "text_body")
            .column("owner", "owner_username").column("action", "action_taken");
    /** Stored cases are read with their contact data in clear: masking is the reader's view (S3). */
    private static final String COMPLAINT_SELECT = "SELECT " + COMPLAINTS.columns().stream()
            .map(c -> c.equals("contact_visible") ? "TRUE AS contact_visible" : c).collect(joining(", "))
            + ", reminded_stage FROM cmp_complaint";
    private static final RowMapper<Rectification> RECTIFICATIONS = RowMapper.of(Rectification.class).column("owner", "owner_username")
            .column("due", "due_on");
    /** A task with its case's tracking number and contact data. */
    private static final String RECTIFICATION_SELECT = "SELECT " + RECTIFICATIONS.columns().stream()
            .map(c -> (c.equals("tracking_number") ? "c." : "r.") + c).collect(joining(", "))
            + ", c.contact_name, c.contact_phone"
            + " FROM cmp_rectification r JOIN cmp_complaint c ON c.id = r.complaint_id";
    private static final RowMapper<DeadlineSettings> DEADLINES = RowMapper.of(DeadlineSettings.class);

    private final DataSource dataSource;

    ComplaintStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param uniqueClash the message of the Conflict thrown when a unique constraint refuses the
     *        change (another node or request was faster)
     */
    <T> T inTransaction(Message uniqueClash, Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> Jdbc.isUniqueViolation(e) ? new Conflict(uniqueClash)
                : new IllegalStateException("complaint database error: " + e.getMessage(), e));
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return inTransaction(ComplaintTexts.text("complaint.error.clash"), work);
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

    private static Rating rating(ResultSet rs) throws SQLException {
        String reasons = rs.getString("reasons");
        long complaintId = rs.getLong("complaint_id");
        Long complaint = rs.wasNull() ? null : complaintId;
        int windowNumber = rs.getInt("window_number");
        Integer window = rs.wasNull() ? null : windowNumber;
        return Rating.builder().id(rs.getLong("id")).siteId(rs.getLong("site_id")).ticketId(rs.getLong("ticket_id"))
                .ticketNumber(rs.getString("ticket_number")).businessDate(rs.getObject("business_date", LocalDate.class))
                .windowNumber(window).staffNumber(rs.getString("staff_number")).level(RatingLevel.valueOf(rs.getString("rating_level")))
                .reasons(reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\\|")))
                .comment(rs.getString("comment_text")).channel(RatingChannel.valueOf(rs.getString("channel")))
                .ratedAt(Jdbc.instant(rs, "rated_at")).complaintId(complaint).build();
    }

    Optional<Rating> ratingOfTicket(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cmp_rating WHERE ticket_id = ?")) {
            ps.setLong(1, ticketId);
            return rows(ps, ComplaintStore::rating).stream().findFirst();
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
            RowMapper.set(ps, 5, r.windowNumber(), Integer.class);
            ps.setString(6, r.staffNumber());
            ps.setString(7, r.level().name());
            ps.setInt(8, r.level().score());
            ps.setString(9, r.reasons().isEmpty() ? null : String.join("|", r.reasons()));
            ps.setString(10, r.comment());
            ps.setString(11, r.channel().name());
            ps.setTimestamp(12, Jdbc.timestamp(r.ratedAt()));
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

    /** A stored case, contact data in clear, with the stage of its last reminder. */
    record Row(Complaint complaint, DeadlineStage remindedStage) {
    }

    /** A row of a query read by its mapper, with the columns beside the record. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(PreparedStatement ps, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(reader.read(rs));
            }
        }
        return out;
    }

    private static List<Row> complaintRows(PreparedStatement ps) throws SQLException {
        return rows(ps, rs -> {
            String reminded = rs.getString("reminded_stage");
            return new Row(COMPLAINTS.map(rs), reminded == null ? null : DeadlineStage.valueOf(reminded));
        });
    }

    Optional<Row> complaint(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COMPLAINT_SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            return complaintRows(ps).stream().findFirst();
        }
    }

    Optional<Row> complaintByTracking(Connection c, String trackingNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COMPLAINT_SELECT + " WHERE tracking_number = ?")) {
            ps.setString(1, trackingNumber);
            return complaintRows(ps).stream().findFirst();
        }
    }

    List<Row> complaints(Connection c, long siteId, boolean openOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COMPLAINT_SELECT + " WHERE site_id = ?"
                + (openOnly ? " AND status NOT IN ('CLOSED', 'REJECTED')" : "") + " ORDER BY registered_at DESC, id DESC")) {
            ps.setLong(1, siteId);
            return complaintRows(ps);
        }
    }

    /** A new case: every column from the record but the generated id (its later fields empty, as the record has them). */
    long insertComplaint(Connection c, Complaint k) throws SQLException {
        return insert(c, COMPLAINTS, "cmp_complaint", k, "id", "contactVisible");
    }

    /** Inserts the record's components but those left out (its generated id first among them); the new row's id. */
    private static <R extends Record> long insert(Connection c, RowMapper<R> mapper, String table, R row, String... leaveOut)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(mapper.insert(table, leaveOut), Statement.RETURN_GENERATED_KEYS)) {
            mapper.bind(ps, row, leaveOut);
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
                + " action_taken = ?, confirmed = ?, staff_at_fault = ?, feedback = ?, rejection_reason = ?, closed_at = ?,"
                + " staff_number = ? WHERE id = ? AND status = ?")) {
            ps.setString(1, after.status().name());
            ps.setString(2, after.owner());
            ps.setString(3, after.finding());
            ps.setString(4, after.action());
            RowMapper.set(ps, 5, after.confirmed(), Boolean.class);
            ps.setBoolean(6, after.staffAtFault());
            ps.setString(7, after.feedback());
            ps.setString(8, after.rejectionReason());
            ps.setTimestamp(9, Jdbc.timestamp(after.closedAt()));
            ps.setString(10, after.staffNumber());
            ps.setLong(11, before.id());
            ps.setString(12, before.status().name());
            return ps.executeUpdate() == 1;
        }
    }

    /** S4: the complainant's contact data, on the case as it was read: false when another request changed it first. */
    boolean changeContact(Connection c, Complaint before, String name, String phone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_complaint SET contact_name = ?, contact_phone = ? WHERE id = ? AND status = ?")) {
            ps.setString(1, name);
            ps.setString(2, phone);
            ps.setLong(3, before.id());
            ps.setString(4, before.status().name());
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

    /** A stored task, texts in clear, with its case's contact data for the reader's view (S3). */
    record TaskRow(Rectification task, String contactName, String contactPhone) {
    }

    private static List<TaskRow> taskRows(PreparedStatement ps) throws SQLException {
        return rows(ps, rs -> new TaskRow(RECTIFICATIONS.map(rs), rs.getString("contact_name"), rs.getString("contact_phone")));
    }

    /** A new task: every column from the record but the generated id and the case's tracking number. */
    long insertRectification(Connection c, Rectification r) throws SQLException {
        return insert(c, RECTIFICATIONS, "cmp_rectification", r, "id", "trackingNumber");
    }

    Optional<Rectification> rectification(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECTIFICATION_SELECT + " WHERE r.id = ?")) {
            ps.setLong(1, id);
            return taskRows(ps).stream().findFirst().map(TaskRow::task);
        }
    }

    List<TaskRow> rectifications(Connection c, long siteId, boolean openOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECTIFICATION_SELECT + " WHERE r.site_id = ?"
                + (openOnly ? " AND r.status <> 'VERIFIED'" : "") + " ORDER BY r.due_on, r.id")) {
            ps.setLong(1, siteId);
            return taskRows(ps);
        }
    }

    /** A rectification step as a conditional UPDATE on the expected status. */
    boolean updateRectification(Connection c, Rectification before, Rectification after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_rectification SET status = ?, evidence = ?, done_at = ?,"
                + " verified_by = ?, verified_at = ? WHERE id = ? AND status = ?")) {
            ps.setString(1, after.status().name());
            ps.setString(2, after.evidence());
            ps.setTimestamp(3, Jdbc.timestamp(after.doneAt()));
            ps.setString(4, after.verifiedBy());
            ps.setTimestamp(5, Jdbc.timestamp(after.verifiedAt()));
            ps.setLong(6, before.id());
            ps.setString(7, before.status().name());
            return ps.executeUpdate() == 1;
        }
    }

    // ---- settings

    Optional<DeadlineSettings> deadlineSettings(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DEADLINES.columnList() + " FROM cmp_deadline_setting WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            return DEADLINES.first(ps);
        }
    }

    void putDeadlineSettings(Connection c, long siteId, DeadlineSettings s) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cmp_deadline_setting WHERE site_id = ?")) {
            del.setLong(1, siteId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cmp_deadline_setting (site_id, " + DEADLINES.columnList()
                + ") VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            DEADLINES.bind(ps, 2, s);
            ps.executeUpdate();
        }
    }

    // ---- M1 figures: one aggregate per table

    List<StaffFeedback> byStaff(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Map<RatingLevel, Long>> ratings = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_number, rating_level, COUNT(*) FROM cmp_rating"
                + " WHERE site_id = ? AND business_date BETWEEN ? AND ? AND staff_number IS NOT NULL"
                + " GROUP BY staff_number, rating_level")) {
            period(ps, siteId, from, to);
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
            period(ps, siteId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    complaints.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
                }
            }
        }
        TreeSet<String> staff = new TreeSet<>(ratings.keySet());
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

    private static void period(PreparedStatement ps, long siteId, LocalDate from, LocalDate to) throws SQLException {
        ps.setLong(1, siteId);
        ps.setObject(2, from);
        ps.setObject(3, to);
    }
}
