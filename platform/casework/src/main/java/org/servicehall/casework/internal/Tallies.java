package org.servicehall.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.servicehall.casework.Light;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.casework.Supervision.Tally;
import org.servicehall.persistence.DatabaseKind;

/**
 * T3: the board's counts of open cases ({@code cw_case_tally}), changed in the transaction of each
 * change: collect what a unit of work moves ({@link #remove} the case as it was, {@link #add} it as
 * it is), then {@link #apply} the sums, in key order so two transactions never lock the same rows
 * in opposite orders.
 */
final class Tallies {
    /** One count: a site's open cases of a key of a dimension with a light. */
    record Key(long siteId, Dimension dimension, String key, Light light) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(siteId, o.siteId);
            c = c != 0 ? c : dimension.compareTo(o.dimension);
            c = c != 0 ? c : key.compareTo(o.key);
            return c != 0 ? c : light.compareTo(o.light);
        }
    }

    private final Map<Key, Long> deltas = new TreeMap<>();

    static String key(Dimension by, String serviceCode, String unit, Integer window, String staffNumber) {
        return switch (by) {
            case SERVICE -> serviceCode;
            case UNIT -> unit;
            case WINDOW -> window == null ? "" : String.valueOf(window);
            case STAFF -> staffNumber;
        };
    }

    /** Counts the case (when open) in. */
    Tallies add(CaseRow r) {
        if (r.isOpen()) {
            move(r.siteId(), r.serviceCode(), r.unitName(), r.windowNumber(), r.staffNumber(), r.light(), 1);
        }
        return this;
    }

    /** Counts the case (when it was open) out. */
    Tallies remove(CaseRow r) {
        if (r.isOpen()) {
            move(r.siteId(), r.serviceCode(), r.unitName(), r.windowNumber(), r.staffNumber(), r.light(), -1);
        }
        return this;
    }

    void move(long siteId, String serviceCode, String unit, Integer window, String staffNumber, Light light, long by) {
        for (Dimension d : Dimension.values()) {
            deltas.merge(new Key(siteId, d, key(d, serviceCode, unit, window, staffNumber), light), by, Long::sum);
        }
    }

    /** Adds the sums to the counts. */
    void apply(Connection c, DatabaseKind kind) throws SQLException {
        String sql = kind == DatabaseKind.POSTGRESQL
                ? "INSERT INTO cw_case_tally (site_id, dimension, tally_key, light, n) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (site_id, dimension, tally_key, light) DO UPDATE SET n = cw_case_tally.n + EXCLUDED.n"
                : "MERGE INTO cw_case_tally t USING (SELECT CAST(? AS BIGINT) AS site_id, CAST(? AS VARCHAR(10)) AS dimension,"
                        + " CAST(? AS VARCHAR(100)) AS tally_key, CAST(? AS VARCHAR(10)) AS light, CAST(? AS BIGINT) AS n) s"
                        + " ON t.site_id = s.site_id AND t.dimension = s.dimension AND t.tally_key = s.tally_key AND t.light = s.light"
                        + " WHEN MATCHED THEN UPDATE SET n = t.n + s.n"
                        + " WHEN NOT MATCHED THEN INSERT (site_id, dimension, tally_key, light, n) VALUES (s.site_id, s.dimension, s.tally_key, s.light, s.n)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int batched = 0;
            for (Map.Entry<Key, Long> e : deltas.entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                Key k = e.getKey();
                ps.setLong(1, k.siteId());
                ps.setString(2, k.dimension().name());
                ps.setString(3, k.key());
                ps.setString(4, k.light().name());
                ps.setLong(5, e.getValue());
                ps.addBatch();
                batched++;
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
        deltas.clear();
    }

    /** The site's counts of a dimension, by key. */
    static List<Tally> read(Connection c, long siteId, Dimension by) throws SQLException {
        Map<String, long[]> byKey = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tally_key, light, n FROM cw_case_tally WHERE site_id = ? AND dimension = ?"
                + " AND n <> 0 ORDER BY tally_key")) {
            ps.setLong(1, siteId);
            ps.setString(2, by.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKey.computeIfAbsent(rs.getString(1), k -> new long[3])[Light.valueOf(rs.getString(2)).ordinal()] += rs.getLong(3);
                }
            }
        }
        List<Tally> rows = new ArrayList<>();
        byKey.forEach((key, n) -> rows.add(new Tally(key, n[0], n[1], n[2])));
        return rows;
    }

    /** Counts the site's open cases again from {@code cw_case} (after cases were written other than through the services). */
    static void rebuild(Connection c, long siteId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cw_case_tally WHERE site_id = ?")) {
            del.setLong(1, siteId);
            del.executeUpdate();
        }
        String[][] dims = { { "SERVICE", "service_code" }, { "UNIT", "unit_name" },
                { "WINDOW", "COALESCE(CAST(window_number AS VARCHAR(12)), '')" }, { "STAFF", "staff_number" } };
        for (String[] d : dims) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cw_case_tally (site_id, dimension, tally_key, light, n) SELECT site_id, '"
                    + d[0] + "', " + d[1] + ", light, COUNT(*) FROM " + CaseStore.TABLE + " WHERE site_id = ? AND is_open GROUP BY site_id, "
                    + d[1] + ", light")) {
                ps.setLong(1, siteId);
                ps.executeUpdate();
            }
        }
    }
}
