package org.servicehall.hospital.internal.pharmacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.servicehall.hospital.internal.ShippedRows;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/** H3 on the hospital's tables: the formulary, prescriptions and their lines (plain JDBC). */
final class PharmacyStore {
    /** A prescription's own row; its lines and checks are read beside it. */
    record Row(long id, long siteId, String externalId, PrescriptionSource source, Long ticketId, String ticketNumber, String patientName,
            int patientAge, String department, String diagnosis, String prescriber, PrescriptionStatus status, Instant receivedAt,
            String preparedBy, Instant preparedAt, String checkedBy, Instant checkedAt, SkinTestResult skinTest, String skinTestBy,
            Instant skinTestAt, String dispensedBy, Instant dispensedAt, String dispenseChecks) {
    }

    private static final RowMapper<Row> ROWS = RowMapper.of(Row.class);
    private static final ShippedRows<Drug> DRUGS = new ShippedRows<>(Drug.class, "sh_hospital_drug", "code", Drug::code);
    private final DataSource dataSource;

    PharmacyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("pharmacy"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("pharmacy"));
    }

    // ---- formulary

    Map<String, Drug> drugs(Connection c) throws SQLException {
        return DRUGS.all(c);
    }

    /** Adds the shipped drugs the table lacks; a drug the pharmacy has is left as it is. */
    int addMissing(Connection c, List<Drug> shipped) throws SQLException {
        return DRUGS.addMissing(c, shipped);
    }

    boolean setSkinTest(Connection c, String code, boolean skinTest, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_drug SET skin_test = ?, changed_by = ?, changed_at = ? WHERE code = ?")) {
            ps.setBoolean(1, skinTest);
            ps.setString(2, by);
            ps.setTimestamp(3, Jdbc.timestamp(at));
            ps.setString(4, code);
            return ps.executeUpdate() == 1;
        }
    }

    // ---- prescriptions

    long insert(Connection c, Row r, List<PrescriptionDraft.Line> lines) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(ROWS.insert("sh_hospital_prescription", "id"), new String[] { "id" })) {
            ROWS.bind(ps, r, "id");
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_hospital_prescription_line (prescription_id, line_no, drug_code,"
                + " quantity, dosage) VALUES (?, ?, ?, ?, ?)")) {
            int no = 1;
            for (PrescriptionDraft.Line l : lines) {
                ps.setLong(1, id);
                ps.setInt(2, no++);
                ps.setString(3, l.drugCode().strip());
                ps.setInt(4, l.quantity());
                ps.setString(5, l.dosage().strip());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    Optional<Prescription> byId(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM sh_hospital_prescription WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            List<Row> rows = ROWS.list(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(withLines(c, rows).get(0));
        }
    }

    Optional<Long> byExternalId(Connection c, long siteId, String externalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sh_hospital_prescription WHERE site_id = ? AND external_id = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The site's prescriptions not yet dispensed, and those dispensed since {@code since}, oldest first. */
    List<Prescription> open(Connection c, long siteId, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM sh_hospital_prescription WHERE site_id = ?"
                + " AND (status <> 'DISPENSED' OR dispensed_at >= ?) ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setTimestamp(2, Jdbc.timestamp(since));
            return withLines(c, ROWS.list(ps));
        }
    }

    /** The prescriptions linked to these tickets (not dispensed ones included). */
    List<Row> ofTickets(Connection c, Set<Long> ticketIds) throws SQLException {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        String marks = ticketIds.stream().map(t -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM sh_hospital_prescription WHERE ticket_id IN ("
                + marks + ")")) {
            int i = 1;
            for (Long t : ticketIds) {
                ps.setLong(i++, t);
            }
            return ROWS.list(ps);
        }
    }

    /** Tickets linked to a prescription that is received or prepared, not yet checked. */
    Set<Long> heldTickets(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT ticket_id FROM sh_hospital_prescription WHERE ticket_id IS NOT NULL"
                + " AND status IN ('RECEIVED', 'PREPARED')"); ResultSet rs = ps.executeQuery()) {
            Set<Long> out = new HashSet<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    void prepared(Connection c, long id, String by, Instant at) throws SQLException {
        update(c, "UPDATE sh_hospital_prescription SET status = 'PREPARED', prepared_by = ?, prepared_at = ? WHERE id = ? AND status = 'RECEIVED'",
                id, by, at);
    }

    void checked(Connection c, long id, String by, Instant at) throws SQLException {
        update(c, "UPDATE sh_hospital_prescription SET status = 'CHECKED', checked_by = ?, checked_at = ? WHERE id = ? AND status = 'PREPARED'",
                id, by, at);
    }

    void skinTest(Connection c, long id, SkinTestResult result, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_prescription SET skin_test = ?, skin_test_by = ?, skin_test_at = ?"
                + " WHERE id = ? AND skin_test IS NULL")) {
            ps.setString(1, result.name());
            ps.setString(2, by);
            ps.setTimestamp(3, Jdbc.timestamp(at));
            ps.setLong(4, id);
            expectOne(ps.executeUpdate(), id);
        }
    }

    void dispensed(Connection c, long id, Set<DispenseCheck> checks, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_prescription SET status = 'DISPENSED', dispensed_by = ?,"
                + " dispensed_at = ?, dispense_checks = ? WHERE id = ? AND status = 'CHECKED'")) {
            ps.setString(1, by);
            ps.setTimestamp(2, Jdbc.timestamp(at));
            ps.setString(3, checks.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            ps.setLong(4, id);
            expectOne(ps.executeUpdate(), id);
        }
    }

    /** A dispensing refused (the reason's message key, the checks missing): for the day's reports. */
    void refused(Connection c, long id, String reason, String missing, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_hospital_refusal (site_id, area, subject_id, reason, missing, actor,"
                + " refused_at) SELECT site_id, 'DISPENSE', id, ?, ?, ?, ? FROM sh_hospital_prescription WHERE id = ?")) {
            ps.setString(1, reason);
            ps.setString(2, missing);
            ps.setString(3, by);
            ps.setTimestamp(4, Jdbc.timestamp(at));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long id, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, by);
            ps.setTimestamp(2, Jdbc.timestamp(at));
            ps.setLong(3, id);
            expectOne(ps.executeUpdate(), id);
        }
    }

    private static void expectOne(int updated, long id) throws SQLException {
        if (updated != 1) {
            throw new SQLException("prescription " + id + " changed meanwhile");
        }
    }

    private List<Prescription> withLines(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PrescriptionLine>> lines = new LinkedHashMap<>();
        String marks = rows.stream().map(r -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT l.prescription_id, l.line_no, l.quantity, l.dosage, " + DRUGS.mapper().columnList("d")
                + " FROM sh_hospital_prescription_line l JOIN sh_hospital_drug d ON d.code = l.drug_code WHERE l.prescription_id IN ("
                + marks + ") ORDER BY l.prescription_id, l.line_no")) {
            int i = 1;
            for (Row r : rows) {
                ps.setLong(i++, r.id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Drug d = new Drug(rs.getString("code"), rs.getString("name"), rs.getString("form"), rs.getString("strength"),
                            rs.getString("unit"), rs.getBoolean("skin_test"));
                    lines.computeIfAbsent(rs.getLong("prescription_id"), k -> new ArrayList<>())
                            .add(new PrescriptionLine(rs.getInt("line_no"), d, rs.getInt("quantity"), rs.getString("dosage")));
                }
            }
        }
        List<Prescription> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(of(r, lines.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    static Prescription of(Row r, List<PrescriptionLine> lines) {
        Set<DispenseCheck> checks = EnumSet.noneOf(DispenseCheck.class);
        if (r.dispenseChecks() != null && !r.dispenseChecks().isBlank()) {
            Arrays.stream(r.dispenseChecks().split(",")).map(DispenseCheck::valueOf).forEach(checks::add);
        }
        return new Prescription(r.id(), r.siteId(), r.externalId(), r.source(), r.ticketId(), r.ticketNumber(), r.patientName(),
                r.patientAge(), r.department(), r.diagnosis(), r.prescriber(), r.status(), r.receivedAt(), r.preparedBy(), r.preparedAt(),
                r.checkedBy(), r.checkedAt(), r.skinTest(), r.skinTestBy(), r.skinTestAt(), r.dispensedBy(), r.dispensedAt(), checks, lines);
    }
}
