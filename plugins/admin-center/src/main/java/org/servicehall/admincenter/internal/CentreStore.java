package org.servicehall.admincenter.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;

/**
 * The centre's rows (AC3): a site's wording of guide fields, pre-applications and their files. Each
 * change is one transaction with its audit entry (S2). Plain JDBC on the shared data source.
 */
public final class CentreStore {
    private static final RowMapper<PreApplication> PREAPP = RowMapper.of(PreApplication.class);
    private static final RowMapper<PreApplicationFile> FILE = RowMapper.of(PreApplicationFile.class).column("preappId", "preapp_id");
    private static final String PREAPPS = "sh_admincenter_preapp";
    private static final String FILES = "sh_admincenter_preapp_file";
    private static final Function<SQLException, RuntimeException> FAILURE = Jdbc.failure("admin-center");
    private final DataSource dataSource;
    private final AuditLog audit;

    public CentreStore(CentreTables tables, AuditLog audit) {
        this.dataSource = tables.dataSource();
        this.audit = audit;
    }

    // ---- guide wording

    public Map<GuideField, GuideText> guideTexts(long siteId, String serviceCode) {
        return Jdbc.read(dataSource, c -> {
            Map<GuideField, GuideText> out = new EnumMap<>(GuideField.class);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT field, text_zh, text_en FROM sh_admincenter_guide_text WHERE site_id = ? AND service_code = ?")) {
                ps.setLong(1, siteId);
                ps.setString(2, serviceCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(GuideField.of(rs.getString(1)), new GuideText(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        }, FAILURE);
    }

    public void setGuideText(Actor actor, long siteId, String serviceCode, GuideField field, GuideText text, Instant now) {
        Jdbc.inTransaction(dataSource, c -> {
            GuideText before = guideTexts(c, siteId, serviceCode, field);
            try (PreparedStatement ps = c.prepareStatement(before == null
                    ? "INSERT INTO sh_admincenter_guide_text (text_zh, text_en, changed_by, changed_at, site_id, service_code, field) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE sh_admincenter_guide_text SET text_zh = ?, text_en = ?, changed_by = ?, changed_at = ? WHERE site_id = ? AND service_code = ? AND field = ?")) {
                ps.setString(1, text.zh());
                ps.setString(2, text.en());
                ps.setString(3, actor.username());
                RowMapper.set(ps, 4, now);
                ps.setLong(5, siteId);
                ps.setString(6, serviceCode);
                ps.setString(7, field.key());
                ps.executeUpdate();
            }
            audit.record(c, actor, "guide.set", "admincenter-guide", siteId + "/" + serviceCode + "/" + field.key(), before, text);
            return null;
        }, FAILURE);
    }

    public void resetGuideText(Actor actor, long siteId, String serviceCode, GuideField field) {
        Jdbc.inTransaction(dataSource, c -> {
            GuideText before = guideTexts(c, siteId, serviceCode, field);
            if (before == null) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM sh_admincenter_guide_text WHERE site_id = ? AND service_code = ? AND field = ?")) {
                ps.setLong(1, siteId);
                ps.setString(2, serviceCode);
                ps.setString(3, field.key());
                ps.executeUpdate();
            }
            audit.record(c, actor, "guide.reset", "admincenter-guide", siteId + "/" + serviceCode + "/" + field.key(), before, null);
            return null;
        }, FAILURE);
    }

    private static GuideText guideTexts(Connection c, long siteId, String serviceCode, GuideField field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT text_zh, text_en FROM sh_admincenter_guide_text WHERE site_id = ? AND service_code = ? AND field = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, serviceCode);
            ps.setString(3, field.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new GuideText(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    // ---- pre-applications

    public PreApplication insert(Actor actor, PreApplication p) {
        return Jdbc.inTransaction(dataSource, c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(PREAPP.insert(PREAPPS, "id"), Statement.RETURN_GENERATED_KEYS)) {
                PREAPP.bind(ps, p, "id");
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
            }
            audit.record(c, actor, "preapp.submit", "admincenter-preapp", id, null, p.serviceCode() + " " + p.status());
            return preapp(c, id).orElseThrow();
        }, FAILURE);
    }

    public Optional<PreApplication> byToken(String token) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PREAPP.columnList() + " FROM " + PREAPPS + " WHERE token = ?")) {
                ps.setString(1, token);
                return PREAPP.first(ps);
            }
        }, FAILURE);
    }

    public Optional<PreApplication> byId(long id) {
        return Jdbc.read(dataSource, c -> preapp(c, id), FAILURE);
    }

    private static Optional<PreApplication> preapp(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PREAPP.columnList() + " FROM " + PREAPPS + " WHERE id = ?")) {
            ps.setLong(1, id);
            return PREAPP.first(ps);
        }
    }

    /** The site's pre-applications, oldest waiting first; {@code status} null for all. */
    public List<PreApplication> list(long siteId, PreApplication.Status status, int limit) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PREAPP.columnList() + " FROM " + PREAPPS + " WHERE site_id = ?"
                    + (status == null ? "" : " AND status = ?") + " ORDER BY submitted_at, id")) {
                ps.setLong(1, siteId);
                if (status != null) {
                    ps.setString(2, status.name());
                }
                ps.setMaxRows(limit);
                return PREAPP.list(ps);
            }
        }, FAILURE);
    }

    /** Records the answer, if the pre-application still waits for one; false when it was answered meanwhile. */
    public boolean answer(Actor actor, long id, PreApplication.Status status, String missing, String note, Instant now) {
        return Jdbc.inTransaction(dataSource, c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + PREAPPS
                    + " SET status = ?, answered_by = ?, answered_at = ?, missing = ?, answer_note = ? WHERE id = ? AND status = 'SUBMITTED'")) {
                ps.setString(1, status.name());
                ps.setString(2, actor.username());
                RowMapper.set(ps, 3, now);
                RowMapper.set(ps, 4, missing, String.class);
                RowMapper.set(ps, 5, note, String.class);
                ps.setLong(6, id);
                n = ps.executeUpdate();
            }
            if (n == 1) {
                audit.record(c, actor, "preapp.answer", "admincenter-preapp", id, PreApplication.Status.SUBMITTED, status + " " + (missing == null ? "" : missing));
            }
            return n == 1;
        }, FAILURE);
    }

    public PreApplicationFile insertFile(Actor actor, PreApplicationFile f, byte[] data) {
        return Jdbc.inTransaction(dataSource, c -> {
            long id;
            String insert = FILE.insert(FILES, "id");
            String sql = insert.substring(0, insert.length() - 1).replace(") VALUES (", ", data) VALUES (") + ", ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int next = FILE.bind(ps, f, "id");
                ps.setBytes(next, data);
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
            }
            audit.record(c, actor, "preapp.attach", "admincenter-preapp", f.preappId(), null, f.materialCode() + " " + f.fileName() + " "
                    + f.contentType() + " " + f.sizeBytes() + " " + f.sha256());
            return new PreApplicationFile(id, f.preappId(), f.materialCode(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(),
                    f.attachedAt());
        }, FAILURE);
    }

    public List<PreApplicationFile> files(long preappId) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FILE.columnList() + " FROM " + FILES + " WHERE preapp_id = ? ORDER BY id")) {
                ps.setLong(1, preappId);
                return new ArrayList<>(FILE.list(ps));
            }
        }, FAILURE);
    }

    public Optional<byte[]> fileData(long preappId, long fileId) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM " + FILES + " WHERE id = ? AND preapp_id = ?")) {
                ps.setLong(1, fileId);
                ps.setLong(2, preappId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        }, FAILURE);
    }
}
