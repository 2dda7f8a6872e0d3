package org.servicehall.hospital.internal.lab;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.hospital.internal.ShippedRows;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/** H4 on the hospital's tables: turnaround classes, test items, specimens (plain JDBC). */
final class LabStore {
    private static final ShippedRows<TatClass> CLASSES = new ShippedRows<>(TatClass.class, "sh_hospital_tat_class", "sort_order", TatClass::code);
    private static final ShippedRows<LabTest> TESTS = new ShippedRows<>(LabTest.class, "sh_hospital_lab_test", "code", LabTest::code);
    private static final RowMapper<Specimen> SPECIMENS = RowMapper.of(Specimen.class);
    private final DataSource dataSource;

    LabStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("laboratory"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("laboratory"));
    }

    Map<String, TatClass> classes(Connection c) throws SQLException {
        return CLASSES.all(c);
    }

    Map<String, LabTest> tests(Connection c) throws SQLException {
        return TESTS.all(c);
    }

    /** Adds the declared classes and shipped tests the tables lack; what the lab changed stays. */
    void addMissing(Connection c, List<TatClass> classes, List<LabTest> tests) throws SQLException {
        CLASSES.addMissing(c, classes);
        TESTS.addMissing(c, tests);
    }

    void updateClass(Connection c, TatClass t, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_tat_class SET limit_minutes = ?, warn_percent = ?, changed_by = ?,"
                + " changed_at = ? WHERE code = ?")) {
            if (t.limitMinutes() == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setInt(1, t.limitMinutes());
            }
            ps.setInt(2, t.warnPercent());
            ps.setString(3, by);
            ps.setTimestamp(4, Jdbc.timestamp(at));
            ps.setString(5, t.code());
            ps.executeUpdate();
        }
    }

    long insert(Connection c, Specimen s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SPECIMENS.insert("sh_hospital_specimen", "id"), new String[] { "id" })) {
            SPECIMENS.bind(ps, s, "id");
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    boolean numberUsed(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sh_hospital_specimen WHERE specimen_number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    Optional<Specimen> one(Connection c, String where, Object key, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SPECIMENS.columnList() + " FROM sh_hospital_specimen WHERE " + where
                + " = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setObject(1, key);
            List<Specimen> l = SPECIMENS.list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    void sampled(Connection c, long id, String by, Instant at, Instant warnAt, Instant dueAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_specimen SET status = 'SAMPLED', sampled_by = ?, sampled_at = ?,"
                + " warn_at = ?, due_at = ? WHERE id = ? AND status = 'ORDERED'")) {
            ps.setString(1, by);
            ps.setTimestamp(2, Jdbc.timestamp(at));
            ps.setTimestamp(3, Jdbc.timestamp(warnAt));
            ps.setTimestamp(4, Jdbc.timestamp(dueAt));
            ps.setLong(5, id);
            expectOne(ps.executeUpdate(), id);
        }
    }

    void reported(Connection c, long id, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_specimen SET status = 'REPORTED', reported_by = ?, reported_at = ?"
                + " WHERE id = ? AND status = 'SAMPLED'")) {
            ps.setString(1, by);
            ps.setTimestamp(2, Jdbc.timestamp(at));
            ps.setLong(3, id);
            expectOne(ps.executeUpdate(), id);
        }
    }

    private static void expectOne(int updated, long id) throws SQLException {
        if (updated != 1) {
            throw new SQLException("specimen " + id + " changed meanwhile");
        }
    }

    /** The site's specimens not reported, and those reported since {@code since}, oldest first. */
    List<Specimen> open(Connection c, long siteId, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SPECIMENS.columnList() + " FROM sh_hospital_specimen WHERE site_id = ?"
                + " AND (status <> 'REPORTED' OR reported_at >= ?) ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setTimestamp(2, Jdbc.timestamp(since));
            return SPECIMENS.list(ps);
        }
    }

    /** The site's specimens reported in [from, to). */
    List<Specimen> reported(Connection c, long siteId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SPECIMENS.columnList() + " FROM sh_hospital_specimen WHERE site_id = ?"
                + " AND status = 'REPORTED' AND sampled_at >= ? AND sampled_at < ? ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setTimestamp(2, Jdbc.timestamp(from));
            ps.setTimestamp(3, Jdbc.timestamp(to));
            return SPECIMENS.list(ps);
        }
    }

    /** Sampled specimens whose warning (column warn_at/warned_at) or breach (due_at/breached_at) moment has come. */
    List<Specimen> due(Connection c, boolean breach, Instant now, int limit) throws SQLException {
        String at = breach ? "due_at" : "warn_at";
        String mark = breach ? "breached_at" : "warned_at";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SPECIMENS.columnList() + " FROM sh_hospital_specimen WHERE status = 'SAMPLED'"
                + " AND " + mark + " IS NULL AND " + at + (breach ? " < ?" : " <= ?") + " ORDER BY " + at)) {
            ps.setTimestamp(1, Jdbc.timestamp(now));
            ps.setMaxRows(limit);
            return SPECIMENS.list(ps);
        }
    }

    /**
     * Marks the warning or breach of each specimen once, in one batch: the ones marked now (another
     * node may have marked some first; those are left out).
     */
    List<Specimen> mark(Connection c, List<Specimen> due, boolean breach, Instant at) throws SQLException {
        String mark = breach ? "breached_at" : "warned_at";
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_specimen SET " + mark + " = ? WHERE id = ? AND " + mark + " IS NULL")) {
            for (Specimen s : due) {
                ps.setTimestamp(1, Jdbc.timestamp(at));
                ps.setLong(2, s.id());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            List<Specimen> mine = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1 || counts[i] == Statement.SUCCESS_NO_INFO) {
                    mine.add(due.get(i));
                }
            }
            return mine;
        }
    }
}
