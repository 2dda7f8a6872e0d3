package org.servicehall.taxhall.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/** TX3: the table of long-queue measures ({@code db/migration/taxhall}). */
final class MeasureStore {
    private static final RowMapper<QueueMeasure> ROWS = RowMapper.of(QueueMeasure.class);
    private final DataSource dataSource;

    MeasureStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("tax hall queue measures"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("tax hall queue measures"));
    }

    boolean taken(Connection c, long alertId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM taxhall_queue_measure WHERE alert_id = ?")) {
            ps.setLong(1, alertId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    long insert(Connection c, QueueMeasure m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ROWS.insert("taxhall_queue_measure", "id"), new String[] { "id" })) {
            ROWS.bind(ps, m, "id");
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    int end(Connection c, long alertId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE taxhall_queue_measure SET ended_at = ? WHERE alert_id = ? AND ended_at IS NULL")) {
            ps.setTimestamp(1, Jdbc.timestamp(at));
            ps.setLong(2, alertId);
            return ps.executeUpdate();
        }
    }

    /** The site's measures taken from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    List<QueueMeasure> taken(Connection c, long siteId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM taxhall_queue_measure WHERE site_id = ?"
                + " AND taken_at >= ? AND taken_at < ? ORDER BY taken_at DESC, id")) {
            ps.setLong(1, siteId);
            ps.setTimestamp(2, Jdbc.timestamp(from));
            ps.setTimestamp(3, Jdbc.timestamp(to));
            return ROWS.list(ps);
        }
    }

    /** The site's measures while their queue is still long, oldest first. */
    List<QueueMeasure> standing(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM taxhall_queue_measure WHERE site_id = ?"
                + " AND ended_at IS NULL ORDER BY taken_at, id")) {
            ps.setLong(1, siteId);
            return ROWS.list(ps);
        }
    }
}
