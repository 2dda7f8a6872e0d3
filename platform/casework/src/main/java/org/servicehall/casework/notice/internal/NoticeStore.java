package org.servicehall.casework.notice.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.casework.notice.Wording;
import org.servicehall.persistence.Jdbc;

/** T4: the checklist adjustments, ticks and notices on the shared data source (JDBC). */
final class NoticeStore {
    private static final String ITEM_COLUMNS = "name_zh, name_en, requirement, condition_zh, condition_en, original, copies, form_zh,"
            + " form_en, basis_zh, basis_en, where_zh, where_en, item_order";
    private final DataSource dataSource;

    NoticeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("casework notices"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("casework notices"));
    }

    /** A site's adjustment of a material: the item, or empty when it is hidden. */
    record Adjustment(String serviceCode, String code, boolean hidden, ChecklistItem item) {
    }

    List<Adjustment> adjustments(Connection c, long siteId, String serviceCode) throws SQLException {
        String sql = "SELECT service_code, item_code, hidden, " + ITEM_COLUMNS + " FROM sh_casework_checklist_item WHERE site_id = ?"
                + (serviceCode == null ? "" : " AND service_code = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, siteId);
            if (serviceCode != null) {
                ps.setString(2, serviceCode);
            }
            List<Adjustment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean hidden = rs.getBoolean(3);
                    out.add(new Adjustment(rs.getString(1), rs.getString(2), hidden,
                            hidden ? null : item(rs, rs.getString(1), rs.getString(2), 4, "site")));
                }
            }
            return out;
        }
    }

    void putAdjustment(Connection c, long siteId, String serviceCode, String itemCode, ChecklistItem item, String by, Instant at)
            throws SQLException {
        deleteAdjustment(c, siteId, serviceCode, itemCode);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_checklist_item (site_id, service_code, item_code, hidden, "
                + ITEM_COLUMNS + ", changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setString(2, serviceCode);
            ps.setString(3, itemCode);
            ps.setBoolean(4, item == null);
            bindItem(ps, 5, item == null ? ChecklistItem.required(serviceCode, itemCode, Wording.NONE) : item);
            ps.setString(19, by);
            ps.setTimestamp(20, Jdbc.timestamp(at));
            ps.executeUpdate();
        }
    }

    boolean deleteAdjustment(Connection c, long siteId, String serviceCode, String itemCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM sh_casework_checklist_item WHERE site_id = ? AND service_code = ? AND item_code = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, serviceCode);
            ps.setString(3, itemCode);
            return ps.executeUpdate() > 0;
        }
    }

    MaterialsCheck insertCheck(Connection c, MaterialsCheck check) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_materials_check (site_id, case_id, visit, service_code,"
                + " brought, applicable, missing, checked_by, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
            ps.setLong(1, check.siteId());
            ps.setLong(2, check.caseId());
            ps.setInt(3, check.visit());
            ps.setString(4, check.serviceCode());
            ps.setString(5, String.join(",", check.brought().stream().sorted().toList()));
            ps.setString(6, String.join(",", check.applicable().stream().sorted().toList()));
            ps.setString(7, String.join(",", check.missing()));
            ps.setString(8, check.checkedBy());
            ps.setTimestamp(9, Jdbc.timestamp(check.checkedAt()));
            ps.executeUpdate();
            long id = Jdbc.generatedId(ps);
            return new MaterialsCheck(id, check.siteId(), check.caseId(), check.visit(), check.serviceCode(), check.brought(),
                    check.applicable(), check.missing(), check.checkedBy(), check.checkedAt());
        }
    }

    List<MaterialsCheck> checks(Connection c, long siteId, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, case_id, visit, service_code, brought, applicable, missing,"
                + " checked_by, checked_at FROM sh_casework_materials_check WHERE site_id = ? AND case_id = ? ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setLong(2, caseId);
            List<MaterialsCheck> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MaterialsCheck(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                            codes(rs.getString(6)), codes(rs.getString(7)), List.copyOf(codes(rs.getString(8))), rs.getString(9),
                            Jdbc.instant(rs, 10)));
                }
            }
            return out;
        }
    }

    long insertNotice(Connection c, OneTimeNotice n, byte[] pdf) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_notice (site_id, case_id, case_number, visit, service_code,"
                + " staff_number, staff_name, window_number, issued_at, reason, note, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] { "id" })) {
            ps.setLong(1, n.siteId());
            ps.setLong(2, n.caseId());
            ps.setString(3, n.caseNumber());
            ps.setInt(4, n.visit());
            ps.setString(5, n.serviceCode());
            ps.setString(6, n.staffNumber());
            ps.setString(7, n.staffName());
            if (n.windowNumber() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setInt(8, n.windowNumber());
            }
            ps.setTimestamp(9, Jdbc.timestamp(n.issuedAt()));
            ps.setString(10, n.reason());
            ps.setString(11, n.note());
            ps.setString(12, n.pdfSha256());
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_notice_item (notice_id, position, service_code, item_code, "
                + ITEM_COLUMNS + ", source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ChecklistItem i : n.items()) {
                ps.setLong(1, id);
                ps.setInt(2, ++position);
                ps.setString(3, i.serviceCode());
                ps.setString(4, i.code());
                bindItem(ps, 5, i);
                ps.setString(19, i.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_notice_pdf (notice_id, data) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setBytes(2, pdf);
            ps.executeUpdate();
        }
        return id;
    }

    List<OneTimeNotice> notices(Connection c, String where, long... keys) throws SQLException {
        Map<Long, List<ChecklistItem>> items = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, case_id, case_number, visit, service_code, staff_number,"
                + " staff_name, window_number, issued_at, reason, note, pdf_sha256 FROM sh_casework_notice WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < keys.length; i++) {
                ps.setLong(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int window = rs.getInt(9);
                    rows.add(new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.wasNull() ? null : window, Jdbc.instant(rs, 10), rs.getString(11),
                            rs.getString(12), rs.getString(13) });
                    items.put(rs.getLong(1), new ArrayList<>());
                }
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT i.notice_id, i.service_code, i.item_code, " + prefixed("i")
                + ", i.source FROM sh_casework_notice_item i WHERE i.notice_id IN (SELECT id FROM sh_casework_notice WHERE " + where
                + ") ORDER BY i.notice_id, i.position")) {
            for (int i = 0; i < keys.length; i++) {
                ps.setLong(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.get(rs.getLong(1)).add(item(rs, rs.getString(2), rs.getString(3), 4, rs.getString(18)));
                }
            }
        }
        List<OneTimeNotice> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new OneTimeNotice((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Integer) r[4], (String) r[5],
                    items.get((Long) r[0]), (String) r[6], (String) r[7], (Integer) r[8], (Instant) r[9], (String) r[10], (String) r[11],
                    (String) r[12]));
        }
        return out;
    }

    Optional<byte[]> pdf(Connection c, long noticeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM sh_casework_notice_pdf WHERE notice_id = ?")) {
            ps.setLong(1, noticeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static String prefixed(String alias) {
        return String.join(", ", Arrays.stream(ITEM_COLUMNS.split(",\\s*")).map(col -> alias + "." + col).toList());
    }

    /** Binds the 14 columns of {@link #ITEM_COLUMNS} from {@code first}. */
    private static void bindItem(PreparedStatement ps, int first, ChecklistItem i) throws SQLException {
        ps.setString(first, i.name().zh());
        ps.setString(first + 1, i.name().en());
        ps.setString(first + 2, i.requirement().name());
        ps.setString(first + 3, i.condition().zh());
        ps.setString(first + 4, i.condition().en());
        ps.setBoolean(first + 5, i.original());
        ps.setInt(first + 6, i.copies());
        ps.setString(first + 7, i.form().zh());
        ps.setString(first + 8, i.form().en());
        ps.setString(first + 9, i.legalBasis().zh());
        ps.setString(first + 10, i.legalBasis().en());
        ps.setString(first + 11, i.where().zh());
        ps.setString(first + 12, i.where().en());
        ps.setInt(first + 13, i.order());
    }

    private static ChecklistItem item(ResultSet rs, String service, String code, int first, String source) throws SQLException {
        return new ChecklistItem(service, code, wording(rs, first), Requirement.valueOf(rs.getString(first + 2)), wording(rs, first + 3),
                rs.getBoolean(first + 5), rs.getInt(first + 6), wording(rs, first + 7), wording(rs, first + 9), wording(rs, first + 11),
                rs.getInt(first + 13), source);
    }

    private static Wording wording(ResultSet rs, int column) throws SQLException {
        return new Wording(rs.getString(column), rs.getString(column + 1));
    }

    private static Set<String> codes(String joined) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : joined == null ? new String[0] : joined.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static boolean isDuplicateVisit(Throwable e) {
        return Jdbc.isUniqueViolation(e);
    }
}
