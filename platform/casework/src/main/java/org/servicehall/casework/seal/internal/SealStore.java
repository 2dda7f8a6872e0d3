package org.servicehall.casework.seal.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.servicehall.casework.seal.SealEntry;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * T6: the register's one table, only ever inserted into (there is no update or delete here; on
 * PostgreSQL a trigger refuses both). A request's decision and its use each have one slot
 * ({@code stage}), so two supervisors or two uses at once on any node cannot both be recorded.
 */
final class SealStore {
    private static final RowMapper<SealEntry> ENTRIES = RowMapper.of(SealEntry.class).column("at", "entry_at")
            .column("seal", "seal_name");
    private final DataSource dataSource;

    SealStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("seal register"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("seal register"));
    }

    /** Appends an entry; a request's own entry (request id 0) gets its id as the request id. */
    long append(Connection c, SealEntry e, int stage) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_seal_entry (site_id, request_id, kind, case_id, document,"
                + " seal_name, purpose, impressions, actor, actor_name, entry_at, note, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] { "id" })) {
            int next = ENTRIES.bind(ps, e, "id");
            ps.setInt(next, stage);
            if (e.requestId() == 0) {
                ps.setNull(2, Types.BIGINT);
            }
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** The entries of one request, its own first. */
    List<SealEntry> ofRequest(Connection c, long requestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns() + " FROM sh_casework_seal_entry WHERE id = ? OR request_id = ?"
                + " ORDER BY id")) {
            ps.setLong(1, requestId);
            ps.setLong(2, requestId);
            return ENTRIES.list(ps);
        }
    }

    /** The site's entries of requests made in [from, to), in order. */
    List<SealEntry> entries(Connection c, long siteId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns() + " FROM sh_casework_seal_entry WHERE site_id = ?"
                + " AND entry_at >= ? AND entry_at < ? ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setTimestamp(2, Jdbc.timestamp(from));
            ps.setTimestamp(3, Jdbc.timestamp(to));
            return ENTRIES.list(ps);
        }
    }

    /** A request's entry reads its own id as its request id. */
    private static String columns() {
        return ENTRIES.columnList().replace("request_id", "COALESCE(request_id, id) AS request_id");
    }
}
