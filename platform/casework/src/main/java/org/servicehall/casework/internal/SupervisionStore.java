package org.servicehall.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servicehall.casework.HolidayTables.Table;
import org.servicehall.casework.Light;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.casework.Supervision.Escalation;
import org.servicehall.casework.Supervision.MonthlyRow;
import org.servicehall.casework.Supervision.Tally;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * T2/T3: the supervision's reads and writes over {@code cw_case} (counts by light from the open
 * cases' indexes, the sweep's candidates, escalations, the monthly report, the one-visit share) and
 * the holiday tables loaded. JDBC, in the caller's unit of work.
 */
final class SupervisionStore {
    private static final RowMapper<Escalation> ESCALATIONS = RowMapper.of(Escalation.class);
    private static final RowMapper<Table> TABLES = RowMapper.of(Table.class).column("year", "table_year");

    /** A case whose light the sweep changes. */
    record Change(long id, long siteId, String number, String stage, String serviceCode, String unitName, Integer windowNumber,
            String staffNumber, Light light) {
    }

    private static final RowMapper<Change> CHANGES = RowMapper.of(Change.class);

    /** The site's open cases by light for each key of the dimension (from the counts kept, {@link Tallies}), most red first. */
    List<Tally> counts(Connection c, long siteId, Dimension by) throws SQLException {
        List<Tally> rows = new ArrayList<>(Tallies.read(c, siteId, by));
        rows.sort((a, b) -> a.red() != b.red() ? Long.compare(b.red(), a.red())
                : a.yellow() != b.yellow() ? Long.compare(b.yellow(), a.yellow()) : a.key().compareTo(b.key()));
        return rows;
    }

    /** The site's open cases with the light (from the counts kept). */
    long openWithLight(Connection c, long siteId, Light light) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(n), 0) FROM cw_case_tally WHERE site_id = ? AND dimension = 'SERVICE'"
                + " AND light = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, light.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Open running cases of the site that have another light than {@code light} and should have it {@code today} (at most {@code limit}). */
    List<Change> changes(Connection c, long siteId, LocalDate today, Light light, int limit) throws SQLException {
        String condition = switch (light) {
            case RED -> "due < ? AND light <> 'RED'";
            case YELLOW -> "due >= ? AND yellow_from <= ? AND light <> 'YELLOW'";
            case GREEN -> "yellow_from > ? AND light <> 'GREEN'";
        };
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGES.columnList() + " FROM " + CaseStore.TABLE
                + " WHERE site_id = ? AND is_open AND NOT paused AND " + condition + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
            int i = 1;
            ps.setLong(i++, siteId);
            ps.setObject(i++, today);
            if (light == Light.YELLOW) {
                ps.setObject(i++, today);
            }
            ps.setInt(i, limit);
            return CHANGES.list(ps);
        }
    }

    /** Open red cases not yet escalated (at most {@code limit}). */
    List<Change> redNotEscalated(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANGES.columnList() + " FROM " + CaseStore.TABLE
                + " WHERE is_open AND light = 'RED' AND NOT escalated ORDER BY id FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, limit);
            return CHANGES.list(ps);
        }
    }

    void setLight(Connection c, long caseId, Light light) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + CaseStore.TABLE + " SET light = ? WHERE id = ?")) {
            ps.setString(1, light.name());
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    /** Escalates the red case (once: false when it already was). */
    boolean escalate(Connection c, long siteId, long caseId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + CaseStore.TABLE + " SET escalated = TRUE WHERE id = ? AND NOT escalated")) {
            ps.setLong(1, caseId);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cw_escalation (site_id, case_id, raised_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setLong(2, caseId);
            ps.setTimestamp(3, Jdbc.timestamp(at));
            ps.executeUpdate();
        }
        return true;
    }

    /** The escalation of a case that ended no longer stands. */
    void clearEscalation(Connection c, long caseId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cw_escalation SET cleared_at = ? WHERE case_id = ? AND cleared_at IS NULL")) {
            ps.setTimestamp(1, Jdbc.timestamp(at));
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    List<Escalation> escalations(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.case_id, k.number, k.service_code, k.unit_name AS unit, k.staff_number,"
                + " e.raised_at FROM cw_escalation e JOIN " + CaseStore.TABLE + " k ON k.id = e.case_id"
                + " WHERE e.site_id = ? AND e.cleared_at IS NULL ORDER BY e.raised_at, e.id")) {
            ps.setLong(1, siteId);
            return ESCALATIONS.list(ps);
        }
    }

    /** The cases that ended in the days given, in time and late, per review unit and per staff member. */
    List<MonthlyRow> monthly(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        List<MonthlyRow> out = new ArrayList<>();
        for (Dimension by : List.of(Dimension.UNIT, Dimension.STAFF)) {
            String col = by == Dimension.UNIT ? "review_unit" : "staff_number";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + col + ", COUNT(*), SUM(CASE WHEN late THEN 1 ELSE 0 END) FROM "
                    + CaseStore.TABLE + " WHERE site_id = ? AND completed_on BETWEEN ? AND ? GROUP BY " + col + " ORDER BY " + col)) {
                ps.setLong(1, siteId);
                ps.setObject(2, from);
                ps.setObject(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long all = rs.getLong(2);
                        long late = rs.getLong(3);
                        out.add(new MonthlyRow(by, rs.getString(1), all, all - late, late));
                    }
                }
            }
        }
        return out;
    }

    /** Cases completed in the days given, and of them those with one visit. */
    long[] visitShare(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN visits = 1 THEN 1 ELSE 0 END) FROM " + CaseStore.TABLE
                + " WHERE site_id = ? AND stage = 'COMPLETED' AND completed_on BETWEEN ? AND ?")) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2) };
            }
        }
    }

    void saveTable(Connection c, Table table) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cw_holiday_table WHERE site_id = ? AND table_year = ?")) {
            del.setLong(1, table.siteId());
            del.setInt(2, table.year());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(TABLES.insert("cw_holiday_table"))) {
            TABLES.bind(ps, table);
            ps.executeUpdate();
        }
    }

    List<Table> tables(Connection c, Long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TABLES.columnList() + " FROM cw_holiday_table"
                + (siteId == null ? "" : " WHERE site_id = ?") + " ORDER BY site_id, table_year")) {
            if (siteId != null) {
                ps.setLong(1, siteId);
            }
            return TABLES.list(ps);
        }
    }
}
