package org.servicehall.conduct.internal.discipline;

import static org.servicehall.conduct.internal.discipline.Statements.insert;
import static org.servicehall.conduct.internal.discipline.Statements.instant;
import static org.servicehall.conduct.internal.discipline.Statements.list;
import static org.servicehall.conduct.internal.discipline.Statements.longOrNull;
import static org.servicehall.conduct.internal.discipline.Statements.one;
import static org.servicehall.conduct.internal.discipline.Statements.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.common.NotFound;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.DisputeStatus;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryHandOver;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.SanctionLevel;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * The discipline registers in plain JDBC on the shared data source (as the queue keeps its
 * tickets): every change is a few statements in one transaction that the caller's audit entry
 * joins. State changes are conditional updates on the expected status, so two supervisors (on any
 * node) never both decide the same record; the loser sees a {@link org.servicehall.common.Conflict}.
 *
 * <p>Rows become records through the platform's {@link RowMapper} where a record matches its
 * table, by hand where it holds a list (an inspection's findings, an enquiry's hand-overs) or a
 * month. It is the one SQL surface of the eleven discipline tables, in the order of C4-C8, which
 * the services ({@link InspectionsImpl} … {@link DisputesImpl}) share because one change may touch
 * several registers (an inspection's findings are violations that may propose a sanction). The
 * statements themselves are {@link Statements}'.
 */
final class DisciplineStore {
    private static final String INSPECTION = "id, site_id, window_number, staff_number, inspected_at, inspector, note, photo_type, "
            + "slot_id";
    private static final String COMMENDATION = "id, site_id, staff_number, first_month, last_month, status, proposed_at, decided_by, "
            + "decided_at, decision_note";
    private static final String ENQUIRY = "id, site_id, first_window, first_staff, owner_window, owner_staff, citizen, question, "
            + "status, opened_at, answer, answered_at, answered_by";
    private static final RowMapper<Violation> VIOLATIONS = RowMapper.of(Violation.class);
    private static final RowMapper<InspectionSlot> SLOTS = RowMapper.of(InspectionSlot.class).column("week", "iso_week")
            .column("at", "slot_at");
    private static final RowMapper<Sanction> SANCTIONS = RowMapper.of(Sanction.class).column("level", "sanction_level");
    private static final RowMapper<GiftDeclaration> GIFTS = RowMapper.of(GiftDeclaration.class);
    private static final RowMapper<EnquiryHandOver> HAND_OVERS = RowMapper.of(EnquiryHandOver.class).column("at", "handed_at");
    private static final RowMapper<Dispute> DISPUTES = RowMapper.of(Dispute.class);
    private static final String VIOLATION = VIOLATIONS.columnList();

    private final DataSource dataSource;
    private final DatabaseKind kind;

    DisciplineStore(DataSource dataSource, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("discipline"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("discipline"));
    }

    /** {@code SELECT … FOR UPDATE} where the product supports it (both H2 and PostgreSQL do). */
    private String locking(String sql) {
        return kind == DatabaseKind.OTHER ? sql : sql + " FOR UPDATE";
    }

    // ---- C4 inspections

    long insertInspection(Connection c, long siteId, int window, String staff, Instant at, String inspector, String note,
            String photoType, Long slotId, Instant now) throws SQLException {
        return insert(c, "INSERT INTO sh_inspection (site_id, window_number, staff_number, inspected_at, inspector, note, photo_type, "
                + "slot_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", siteId, window, staff, at, inspector, note, photoType,
                slotId, now);
    }

    void insertPhoto(Connection c, long inspectionId, byte[] data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_inspection_photo (inspection_id, data) VALUES (?, ?)")) {
            ps.setLong(1, inspectionId);
            ps.setBytes(2, data);
            ps.executeUpdate();
        }
    }

    Optional<byte[]> photo(Connection c, long inspectionId) throws SQLException {
        return one(c, "SELECT data FROM sh_inspection_photo WHERE inspection_id = ?", rs -> rs.getBytes(1), inspectionId);
    }

    Optional<Inspection> inspection(Connection c, long id) throws SQLException {
        Optional<Inspection> bare = one(c, "SELECT " + INSPECTION + " FROM sh_inspection WHERE id = ?", DisciplineStore::inspection, id);
        if (bare.isEmpty()) {
            return bare;
        }
        return Optional.of(withViolations(bare.get(), list(c, "SELECT " + VIOLATION + " FROM sh_violation WHERE inspection_id = ? "
                + "ORDER BY id", VIOLATIONS, id)));
    }

    List<Inspection> inspections(Connection c, long siteId, Instant from, Instant to) throws SQLException {
        List<Inspection> bare = list(c, "SELECT " + INSPECTION + " FROM sh_inspection WHERE site_id = ? AND inspected_at >= ? "
                + "AND inspected_at < ? ORDER BY inspected_at DESC, id DESC", DisciplineStore::inspection, siteId, from, to);
        List<Violation> found = list(c, "SELECT " + VIOLATION + " FROM sh_violation WHERE inspection_id IN (SELECT id FROM "
                + "sh_inspection WHERE site_id = ? AND inspected_at >= ? AND inspected_at < ?) ORDER BY id",
                VIOLATIONS, siteId, from, to);
        List<Inspection> out = new ArrayList<>();
        for (Inspection i : bare) {
            out.add(withViolations(i, found.stream().filter(v -> v.inspectionId() == i.id()).toList()));
        }
        return out;
    }

    private static Inspection withViolations(Inspection i, List<Violation> violations) {
        return new Inspection(i.id(), i.siteId(), i.windowNumber(), i.staffNumber(), i.at(), i.inspector(), i.note(), i.photoType(),
                i.slotId(), violations);
    }

    private static Inspection inspection(ResultSet rs) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("site_id"), rs.getInt("window_number"), rs.getString("staff_number"),
                instant(rs, "inspected_at"), rs.getString("inspector"), rs.getString("note"), rs.getString("photo_type"),
                longOrNull(rs, "slot_id"), List.of());
    }

    // ---- C4 violations

    long insertViolation(Connection c, long siteId, String staff, Integer window, String rule, ViolationSource source,
            ViolationStatus status, Instant occurredAt, String note, Long inspectionId, String recordedBy, Instant now)
            throws SQLException {
        return insert(c, "INSERT INTO sh_violation (site_id, staff_number, window_number, rule_code, source, status, occurred_at, "
                + "note, inspection_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", siteId, staff, window,
                rule, source, status, occurredAt, note, inspectionId, recordedBy, now);
    }

    Violation violation(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + VIOLATION + " FROM sh_violation WHERE id = ?", VIOLATIONS, id)
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.violation"), String.valueOf(id))));
    }

    /** Moves a violation out of {@code from}; false when another decision came first. */
    boolean decideViolation(Connection c, long id, ViolationStatus from, ViolationStatus to, String by, Instant at, String note)
            throws SQLException {
        return update(c, "UPDATE sh_violation SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ? "
                + "AND status = ?", to, by, at, note, id, from) == 1;
    }

    List<Violation> violations(Connection c, long siteId, ViolationStatus status) throws SQLException {
        return status == null
                ? list(c, "SELECT " + VIOLATION + " FROM sh_violation WHERE site_id = ? ORDER BY occurred_at DESC, id DESC",
                        VIOLATIONS, siteId)
                : list(c, "SELECT " + VIOLATION + " FROM sh_violation WHERE site_id = ? AND status = ? "
                        + "ORDER BY occurred_at DESC, id DESC", VIOLATIONS, siteId, status);
    }

    List<Violation> violationsOf(Connection c, long siteId, String staff) throws SQLException {
        return list(c, "SELECT " + VIOLATION + " FROM sh_violation WHERE site_id = ? AND staff_number = ? "
                + "ORDER BY occurred_at DESC, id DESC", VIOLATIONS, siteId, staff);
    }

    /** When the staff member's confirmed violations happened, since {@code since}. */
    List<Instant> confirmedSince(Connection c, long siteId, String staff, Instant since) throws SQLException {
        return list(c, "SELECT occurred_at FROM sh_violation WHERE site_id = ? AND staff_number = ? AND status = 'CONFIRMED' "
                + "AND occurred_at > ?", rs -> instant(rs, "occurred_at"), siteId, staff, since);
    }

    // ---- C4 plans

    int deleteOpenSlots(Connection c, long siteId, String week) throws SQLException {
        return update(c, "DELETE FROM sh_inspection_slot WHERE site_id = ? AND iso_week = ? AND inspection_id IS NULL", siteId, week);
    }

    long insertSlot(Connection c, long siteId, String week, long seed, LocalDateTime at, int window) throws SQLException {
        return insert(c, "INSERT INTO sh_inspection_slot (site_id, iso_week, seed, slot_at, window_number) VALUES (?, ?, ?, ?, ?)",
                siteId, week, seed, at, window);
    }

    List<InspectionSlot> slots(Connection c, long siteId, String week) throws SQLException {
        return list(c, "SELECT " + SLOTS.columnList() + " FROM sh_inspection_slot WHERE site_id = ? AND iso_week = ? ORDER BY slot_at, "
                + "window_number, id", SLOTS, siteId, week);
    }

    Optional<InspectionSlot> slot(Connection c, long id) throws SQLException {
        return one(c, locking("SELECT " + SLOTS.columnList() + " FROM sh_inspection_slot WHERE id = ?"), SLOTS, id);
    }

    boolean markSlotDone(Connection c, long slotId, long inspectionId) throws SQLException {
        return update(c, "UPDATE sh_inspection_slot SET inspection_id = ? WHERE id = ? AND inspection_id IS NULL", inspectionId,
                slotId) == 1;
    }

    // ---- C5 thresholds, sanctions, commendations

    Optional<DisciplineThresholds> thresholds(Connection c, long siteId) throws SQLException {
        return one(c, "SELECT warning_at, demerit_at, demotion_at, dismissal_at, window_months, commendation_months "
                + "FROM sh_discipline_threshold WHERE site_id = ?", rs -> new DisciplineThresholds(rs.getInt(1), rs.getInt(2),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)), siteId);
    }

    void saveThresholds(Connection c, long siteId, DisciplineThresholds t) throws SQLException {
        if (update(c, "UPDATE sh_discipline_threshold SET warning_at = ?, demerit_at = ?, demotion_at = ?, dismissal_at = ?, "
                + "window_months = ?, commendation_months = ? WHERE site_id = ?", t.warningAt(), t.demeritAt(), t.demotionAt(),
                t.dismissalAt(), t.windowMonths(), t.commendationMonths(), siteId) == 0) {
            update(c, "INSERT INTO sh_discipline_threshold (site_id, warning_at, demerit_at, demotion_at, dismissal_at, "
                    + "window_months, commendation_months) VALUES (?, ?, ?, ?, ?, ?, ?)", siteId, t.warningAt(), t.demeritAt(),
                    t.demotionAt(), t.dismissalAt(), t.windowMonths(), t.commendationMonths());
        }
    }

    List<SanctionLevel> proposedLevels(Connection c, long siteId, String staff) throws SQLException {
        return list(c, "SELECT sanction_level FROM sh_sanction WHERE site_id = ? AND staff_number = ?",
                rs -> SanctionLevel.valueOf(rs.getString(1)), siteId, staff);
    }

    /**
     * Proposes a step unless it already was (by another node at the same moment, say): the unique
     * step constraint decides, inside a savepoint so the caller's transaction goes on.
     */
    Optional<Long> insertSanction(Connection c, long siteId, String staff, SanctionLevel level, int count, Instant now)
            throws SQLException {
        Savepoint save = c.setSavepoint();
        try {
            long id = insert(c, "INSERT INTO sh_sanction (site_id, staff_number, sanction_level, violation_count, status, "
                    + "proposed_at) VALUES (?, ?, ?, ?, ?, ?)", siteId, staff, level, count, DisciplineStatus.PROPOSED, now);
            c.releaseSavepoint(save);
            return Optional.of(id);
        } catch (SQLException duplicate) {
            c.rollback(save);
            if (proposedLevels(c, siteId, staff).contains(level)) {
                return Optional.empty();
            }
            throw duplicate;
        }
    }

    Sanction sanction(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + SANCTIONS.columnList() + " FROM sh_sanction WHERE id = ?", SANCTIONS, id)
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.sanction"), String.valueOf(id))));
    }

    List<Sanction> sanctions(Connection c, long siteId) throws SQLException {
        return list(c, "SELECT " + SANCTIONS.columnList() + " FROM sh_sanction WHERE site_id = ? ORDER BY proposed_at DESC, id DESC",
                SANCTIONS, siteId);
    }

    boolean decide(Connection c, String table, long id, DisciplineStatus to, String by, Instant at, String note) throws SQLException {
        return update(c, "UPDATE " + table + " SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ? "
                + "AND status = 'PROPOSED'", to, by, at, note, id) == 1;
    }

    Optional<YearMonth> commendedThrough(Connection c, long siteId, String staff) throws SQLException {
        return one(c, "SELECT last_month FROM sh_commendation WHERE site_id = ? AND staff_number = ? ORDER BY last_month DESC "
                + "FETCH FIRST 1 ROWS ONLY", rs -> YearMonth.from(rs.getObject(1, LocalDate.class)), siteId, staff);
    }

    Optional<Long> insertCommendation(Connection c, long siteId, String staff, YearMonth first, YearMonth last, Instant now)
            throws SQLException {
        Savepoint save = c.setSavepoint();
        try {
            long id = insert(c, "INSERT INTO sh_commendation (site_id, staff_number, first_month, last_month, status, proposed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", siteId, staff, first.atDay(1), last.atDay(1), DisciplineStatus.PROPOSED, now);
            c.releaseSavepoint(save);
            return Optional.of(id);
        } catch (SQLException duplicate) {
            c.rollback(save);
            return Optional.empty();
        }
    }

    Commendation commendation(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COMMENDATION + " FROM sh_commendation WHERE id = ?", DisciplineStore::commendation, id)
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.commendation"), String.valueOf(id))));
    }

    List<Commendation> commendations(Connection c, long siteId) throws SQLException {
        return list(c, "SELECT " + COMMENDATION + " FROM sh_commendation WHERE site_id = ? ORDER BY proposed_at DESC, id DESC",
                DisciplineStore::commendation, siteId);
    }

    private static Commendation commendation(ResultSet rs) throws SQLException {
        return new Commendation(rs.getLong("id"), rs.getLong("site_id"), rs.getString("staff_number"),
                YearMonth.from(rs.getObject("first_month", LocalDate.class)), YearMonth.from(rs.getObject("last_month", LocalDate.class)),
                DisciplineStatus.valueOf(rs.getString("status")), instant(rs, "proposed_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_note"));
    }

    // ---- C6 gifts

    long insertGift(Connection c, long siteId, GiftDeclarationDraft d, String by, Instant now)
            throws SQLException {
        return insert(c, "INSERT INTO sh_gift (site_id, staff_number, item, estimated_value, giver, received_on, circumstances, "
                + "handed_to, status, declared_by, declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", siteId, d.staffNumber().trim(),
                d.item().trim(), d.estimatedValue(), d.giver().trim(), d.receivedOn(), d.circumstances().trim(), d.handedTo().trim(),
                GiftStatus.DECLARED, by, now);
    }

    GiftDeclaration gift(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + GIFTS.columnList() + " FROM sh_gift WHERE id = ?", GIFTS, id)
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.gift"), String.valueOf(id))));
    }

    boolean reviewGift(Connection c, long id, GiftStatus outcome, String by, Instant at, String note) throws SQLException {
        return update(c, "UPDATE sh_gift SET status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ? WHERE id = ? "
                + "AND status = 'DECLARED'", outcome, by, at, note, id) == 1;
    }

    List<GiftDeclaration> gifts(Connection c, long siteId, String staffOrNull) throws SQLException {
        return staffOrNull == null
                ? list(c, "SELECT " + GIFTS.columnList() + " FROM sh_gift WHERE site_id = ? ORDER BY declared_at DESC, id DESC",
                        GIFTS, siteId)
                : list(c, "SELECT " + GIFTS.columnList() + " FROM sh_gift WHERE site_id = ? AND staff_number = ? ORDER BY declared_at DESC, id DESC",
                        GIFTS, siteId, staffOrNull);
    }

    // ---- C7 enquiries

    long insertEnquiry(Connection c, long siteId, int window, String staff, String citizen, String question, Instant now)
            throws SQLException {
        return insert(c, "INSERT INTO sh_enquiry (site_id, first_window, first_staff, owner_window, owner_staff, citizen, question, "
                + "status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", siteId, window, staff, window, staff, citizen, question,
                EnquiryStatus.OPEN, now);
    }

    /** The enquiry, locked for the rest of the transaction when {@code lock}. */
    Enquiry enquiry(Connection c, long id, boolean lock) throws SQLException {
        String sql = "SELECT " + ENQUIRY + " FROM sh_enquiry WHERE id = ?";
        Enquiry bare = one(c, lock ? locking(sql) : sql, DisciplineStore::enquiry, id).orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.enquiry"), String.valueOf(id))));
        return withHandOvers(bare, handOvers(c, List.of(id)));
    }

    List<Enquiry> enquiries(Connection c, long siteId, EnquiryStatus status) throws SQLException {
        List<Enquiry> bare = status == null
                ? list(c, "SELECT " + ENQUIRY + " FROM sh_enquiry WHERE site_id = ? ORDER BY opened_at DESC, id DESC",
                        DisciplineStore::enquiry, siteId)
                : list(c, "SELECT " + ENQUIRY + " FROM sh_enquiry WHERE site_id = ? AND status = ? ORDER BY opened_at DESC, id DESC",
                        DisciplineStore::enquiry, siteId, status);
        if (bare.isEmpty()) {
            return bare;
        }
        List<Object[]> all = list(c, "SELECT h.enquiry_id, h.handed_at, h.from_window, h.from_staff, h.to_window, h.to_staff, "
                + "h.note, h.handed_by FROM sh_enquiry_handover h JOIN sh_enquiry e ON e.id = h.enquiry_id WHERE e.site_id = ? "
                + "ORDER BY h.id", rs -> new Object[] { rs.getLong(1), HAND_OVERS.map(rs) }, siteId);
        List<Enquiry> out = new ArrayList<>();
        for (Enquiry e : bare) {
            out.add(withHandOvers(e, all.stream().filter(r -> (Long) r[0] == e.id()).map(r -> (EnquiryHandOver) r[1]).toList()));
        }
        return out;
    }

    private List<EnquiryHandOver> handOvers(Connection c, List<Long> ids) throws SQLException {
        return list(c, "SELECT enquiry_id, handed_at, from_window, from_staff, to_window, to_staff, note, handed_by "
                + "FROM sh_enquiry_handover WHERE enquiry_id = ? ORDER BY id", HAND_OVERS, ids.get(0));
    }

    void insertHandOver(Connection c, long enquiryId, EnquiryHandOver h) throws SQLException {
        insert(c, "INSERT INTO sh_enquiry_handover (enquiry_id, handed_at, from_window, from_staff, to_window, to_staff, note, "
                + "handed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", enquiryId, h.at(), h.fromWindow(), h.fromStaff(), h.toWindow(),
                h.toStaff(), h.note(), h.handedBy());
    }

    boolean moveEnquiry(Connection c, long id, int fromWindow, String fromStaff, int toWindow, String toStaff) throws SQLException {
        return update(c, "UPDATE sh_enquiry SET owner_window = ?, owner_staff = ? WHERE id = ? AND status = 'OPEN' "
                + "AND owner_window = ? AND owner_staff = ?", toWindow, toStaff, id, fromWindow, fromStaff) == 1;
    }

    boolean answerEnquiry(Connection c, long id, String answer, String by, Instant at) throws SQLException {
        return update(c, "UPDATE sh_enquiry SET status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ? WHERE id = ? "
                + "AND status = 'OPEN'", answer, by, at, id) == 1;
    }

    private static Enquiry withHandOvers(Enquiry e, List<EnquiryHandOver> h) {
        return new Enquiry(e.id(), e.siteId(), e.firstWindow(), e.firstStaff(), e.ownerWindow(), e.ownerStaff(), e.citizen(),
                e.question(), e.status(), e.openedAt(), e.answer(), e.answeredAt(), e.answeredBy(), h);
    }

    private static Enquiry enquiry(ResultSet rs) throws SQLException {
        return new Enquiry(rs.getLong("id"), rs.getLong("site_id"), rs.getInt("first_window"), rs.getString("first_staff"),
                rs.getInt("owner_window"), rs.getString("owner_staff"), rs.getString("citizen"), rs.getString("question"),
                EnquiryStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), rs.getString("answer"),
                instant(rs, "answered_at"), rs.getString("answered_by"), List.of());
    }

    // ---- C8 disputes

    long insertDispute(Connection c, long siteId, DisputeDraft d, String by, Instant now) throws SQLException {
        return insert(c, "INSERT INTO sh_dispute (site_id, window_number, staff_number, description, escalated_to, status, "
                + "reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", siteId, d.windowNumber(), d.staffNumber().trim(),
                d.description().trim(), d.escalatedTo().trim(), DisputeStatus.ESCALATED, by, now);
    }

    Dispute dispute(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + DISPUTES.columnList() + " FROM sh_dispute WHERE id = ?", DISPUTES, id)
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.dispute"), String.valueOf(id))));
    }

    boolean resolveDispute(Connection c, long id, String resolution, String by, Instant at) throws SQLException {
        return update(c, "UPDATE sh_dispute SET status = 'RESOLVED', resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ? "
                + "AND status = 'ESCALATED'", resolution, by, at, id) == 1;
    }

    List<Dispute> disputes(Connection c, long siteId) throws SQLException {
        return list(c, "SELECT " + DISPUTES.columnList() + " FROM sh_dispute WHERE site_id = ? ORDER BY reported_at DESC, id DESC",
                DISPUTES, siteId);
    }

}
