package org.servicehall.hospital.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.servicehall.persistence.RowMapper;

/**
 * A table of the hospital's that starts from rows the plugin ships (the turnaround classes, the
 * lab's test items, the formulary) and that the hospital then edits: its rows keyed by code, and
 * the shipped rows it lacks added at start, never overwriting one the hospital changed.
 */
public final class ShippedRows<R extends Record> {
    private final RowMapper<R> rows;
    private final String table;
    private final String orderBy;
    private final Function<R, String> code;

    /** The rows of {@code table} mapped to {@code type} by its components, read in the order of {@code orderBy}, keyed by {@code code}. */
    public ShippedRows(Class<R> type, String table, String orderBy, Function<R, String> code) {
        this.rows = RowMapper.of(type);
        this.table = table;
        this.orderBy = orderBy;
        this.code = code;
    }

    /** The mapper of the rows (for a query that joins them). */
    public RowMapper<R> mapper() {
        return rows;
    }

    /** Every row, by code, in the table's order. */
    public Map<String, R> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + rows.columnList() + " FROM " + table + " ORDER BY " + orderBy)) {
            Map<String, R> out = new LinkedHashMap<>();
            for (R r : rows.list(ps)) {
                out.put(code.apply(r), r);
            }
            return out;
        }
    }

    /** Adds the shipped rows whose code the table lacks; a row it has is left as it is. The number added. */
    public int addMissing(Connection c, List<R> shipped) throws SQLException {
        Map<String, R> have = all(c);
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(rows.insert(table))) {
            for (R r : shipped) {
                if (!have.containsKey(code.apply(r))) {
                    rows.bind(ps, r);
                    ps.executeUpdate();
                    added++;
                }
            }
        }
        return added;
    }
}
