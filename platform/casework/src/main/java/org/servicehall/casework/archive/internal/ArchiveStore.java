package org.servicehall.casework.archive.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.archive.Retrieval;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/** T6: archived files, their content and their reads (JDBC). */
final class ArchiveStore {
    private static final RowMapper<ArchivedFile> FILES = RowMapper.of(ArchivedFile.class).column("size", "size_bytes");
    private static final RowMapper<Retrieval> READS = RowMapper.of(Retrieval.class).column("at", "read_at");
    private final DataSource dataSource;

    ArchiveStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("archive"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("archive"));
    }

    long insert(Connection c, ArchivedFile file, byte[] data) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(FILES.insert("sh_casework_archive_file", "id"), new String[] { "id" })) {
            FILES.bind(ps, file, "id");
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_archive_content (file_id, data) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setBytes(2, data);
            ps.executeUpdate();
        }
        return id;
    }

    Optional<ArchivedFile> file(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FILES.columnList() + " FROM sh_casework_archive_file WHERE id = ?")) {
            ps.setLong(1, id);
            return FILES.first(ps);
        }
    }

    List<ArchivedFile> files(Connection c, long siteId, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FILES.columnList()
                + " FROM sh_casework_archive_file WHERE site_id = ? AND case_id = ? ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setLong(2, caseId);
            return FILES.list(ps);
        }
    }

    Optional<byte[]> content(Connection c, long fileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM sh_casework_archive_content WHERE file_id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    void logRead(Connection c, Retrieval r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READS.insert("sh_casework_archive_retrieval", "id"))) {
            READS.bind(ps, r, "id");
            ps.executeUpdate();
        }
    }

    List<Retrieval> reads(Connection c, long fileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + READS.columnList()
                + " FROM sh_casework_archive_retrieval WHERE file_id = ? ORDER BY id")) {
            ps.setLong(1, fileId);
            return READS.list(ps);
        }
    }

    void dispose(Connection c, long fileId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sh_casework_archive_content WHERE file_id = ?")) {
            ps.setLong(1, fileId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_casework_archive_file SET disposed_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Jdbc.timestamp(at));
            ps.setLong(2, fileId);
            ps.executeUpdate();
        }
    }
}
