package org.servicehall.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.CaseStep;
import org.servicehall.casework.HandOver;
import org.servicehall.casework.StepKind;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * T3: the cases, their steps, hand-overs and visits in JDBC on the shared data source; one unit of
 * work per call ({@link #inTransaction}, {@link #read}), rows to records by {@link RowMapper}.
 */
final class CaseStore {
    static final String TABLE = "cw_case";
    private static final RowMapper<CaseRow> CASES = RowMapper.of(CaseRow.class);
    private static final RowMapper<CaseStep> STEPS = RowMapper.of(CaseStep.class);
    private static final RowMapper<HandOverRow> HANDOVERS = RowMapper.of(HandOverRow.class).column("by", "by_actor");
    private static final String UPDATE = "UPDATE " + TABLE + " SET "
            + CASES.columns().stream().filter(c -> !c.equals("id")).map(c -> c + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ?";

    /** A hand-over as stored: '' for the front window. */
    record HandOverRow(long id, long caseId, Instant at, String fromUnit, String toUnit, String by, String note) {
        HandOver toHandOver() {
            return new HandOver(id, caseId, at, fromUnit.isEmpty() ? null : fromUnit, toUnit.isEmpty() ? null : toUnit, by, note);
        }
    }

    private final DataSource dataSource;
    private final DatabaseKind kind;

    CaseStore(DataSource dataSource, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    DatabaseKind kind() {
        return kind;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("casework"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("casework"));
    }

    long insert(Connection c, CaseRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CASES.insert(TABLE, "id"), new String[] { "id" })) {
            CASES.bind(ps, row, "id");
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void update(Connection c, CaseRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int next = CASES.bind(ps, row, "id");
            ps.setLong(next, row.id());
            ps.executeUpdate();
        }
    }

    /** The case, locked for the rest of the transaction when {@code lock}. */
    Optional<CaseRow> find(Connection c, long id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASES.columnList() + " FROM " + TABLE + " WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            return CASES.first(ps);
        }
    }

    Optional<CaseRow> findByNumber(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASES.columnList() + " FROM " + TABLE + " WHERE number = ?")) {
            ps.setString(1, number);
            return CASES.first(ps);
        }
    }

    /** The next sequence number of the site's day (1, 2, …), the counter row locked until commit. */
    int nextSequence(Connection c, long siteId, LocalDate day) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE cw_case_counter SET last_seq = last_seq + 1 WHERE site_id = ? AND counter_day = ?")) {
            up.setLong(1, siteId);
            up.setObject(2, day);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO cw_case_counter (site_id, counter_day, last_seq) VALUES (?, ?, 0)")) {
                    in.setLong(1, siteId);
                    in.setObject(2, day);
                    in.executeUpdate();
                }
                up.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM cw_case_counter WHERE site_id = ? AND counter_day = ?")) {
            ps.setLong(1, siteId);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    void addStep(Connection c, long caseId, Instant at, StepKind kind, CaseStage stage, String actor, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STEPS.insert("cw_case_step", "id"), Statement.NO_GENERATED_KEYS)) {
            STEPS.bind(ps, new CaseStep(0, caseId, at, kind, stage, actor, note), "id");
            ps.executeUpdate();
        }
    }

    List<CaseStep> steps(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEPS.columnList() + " FROM cw_case_step WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            return STEPS.list(ps);
        }
    }

    void addHandOver(Connection c, long caseId, Instant at, String from, String to, String by, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HANDOVERS.insert("cw_handover", "id"))) {
            HANDOVERS.bind(ps, new HandOverRow(0, caseId, at, from, to, by, note), "id");
            ps.executeUpdate();
        }
    }

    List<HandOver> handOvers(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HANDOVERS.columnList() + " FROM cw_handover WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            return HANDOVERS.list(ps).stream().map(HandOverRow::toHandOver).toList();
        }
    }

    /** Links the ticket's visit to the case; false when it already is. */
    boolean addVisit(Connection c, long caseId, long ticketId, Instant at) throws SQLException {
        try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM cw_visit WHERE case_id = ? AND ticket_id = ?")) {
            check.setLong(1, caseId);
            check.setLong(2, ticketId);
            try (ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cw_visit (case_id, ticket_id, at) VALUES (?, ?, ?)")) {
            ps.setLong(1, caseId);
            ps.setLong(2, ticketId);
            ps.setTimestamp(3, Jdbc.timestamp(at));
            ps.executeUpdate();
            return true;
        }
    }

    /** S3: of the cases given, those the account accepted or made a step of. */
    Set<Long> handledBy(Connection c, String username, Collection<Long> caseIds) throws SQLException {
        Set<Long> out = new HashSet<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        String in = caseIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + TABLE + " WHERE accepted_by = ? AND id IN (" + in + ")"
                + " UNION SELECT case_id FROM cw_case_step WHERE actor = ? AND case_id IN (" + in + ")")) {
            int i = 1;
            ps.setString(i++, username);
            for (Long id : caseIds) {
                ps.setLong(i++, id);
            }
            ps.setString(i++, username);
            for (Long id : caseIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** One page of the site's cases that match, earliest deadline first. */
    List<CaseRow> page(Connection c, long siteId, CaseFilter filter, int page, int size) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(siteId, filter, params);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASES.columnList() + " FROM " + TABLE + where
                + " ORDER BY due, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int i = bindAll(ps, params);
            ps.setLong(i++, (long) page * size);
            ps.setInt(i, size);
            return CASES.list(ps);
        }
    }

    long count(Connection c, long siteId, CaseFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(siteId, filter, params);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + where)) {
            bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String where(long siteId, CaseFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" WHERE site_id = ?");
        params.add(siteId);
        if (f.open() != null) {
            w.append(f.open() ? " AND is_open" : " AND NOT is_open");
        }
        condition(w, params, "light", f.light() == null ? null : f.light().name());
        condition(w, params, "service_code", f.serviceCode());
        condition(w, params, "unit_name", f.unit());
        condition(w, params, "window_number", f.window());
        condition(w, params, "staff_number", f.staffNumber());
        condition(w, params, "stage", f.stage() == null ? null : f.stage().name());
        return w.toString();
    }

    private static void condition(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    static int bindAll(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            RowMapper.set(ps, i++, p);
        }
        return i;
    }
}
