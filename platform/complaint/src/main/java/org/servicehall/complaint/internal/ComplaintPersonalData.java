package org.servicehall.complaint.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.Actor;
import org.servicehall.security.Masking;
import org.servicehall.security.PersonalData;
import org.servicehall.site.RetentionCutoffs;

/**
 * The complainants' personal data (S3, issue 16): a closed or rejected complaint's contact name and
 * phone are blanked once the retention period after its closing lapsed, and what its texts repeat of
 * them (and any ID, card or phone number they hold) masked; the case, its category, its finding and
 * its counts stay for the reports. An open case is kept as it is (it is still being handled).
 */
@Component(service = PersonalData.class)
public final class ComplaintPersonalData implements PersonalData {
    private static final String ENDED = "status IN ('CLOSED', 'REJECTED')";
    private final ComplaintParts parts;

    @Activate
    public ComplaintPersonalData(@Reference ComplaintParts parts) {
        this.parts = parts;
    }

    @Override
    public String kind() {
        return "complaints";
    }

    private record Row(long id, long siteId, String tracking, String status, String name, String phone, String text, String finding,
            String feedback, Instant closedAt) {
    }

    private static final String SELECT = "SELECT id, site_id, tracking_number, status, contact_name, contact_phone, text_body, finding, "
            + "feedback, closed_at FROM cmp_complaint ";

    @Override
    public int anonymise(Actor by, Instant before, Map<String, Instant> beforeBySite) {
        RetentionCutoffs cutoffs = RetentionCutoffs.of(parts.sites.sites(), before, beforeBySite);
        return parts.store.inTransaction(c -> {
            int done = 0;
            for (Row r : rows(c, SELECT + "WHERE " + ENDED + " AND closed_at IS NOT NULL AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL) "
                    + "AND closed_at < ? ORDER BY id", Jdbc.timestamp(cutoffs.latest()))) {
                if (r.closedAt().isBefore(cutoffs.of(r.siteId()))) {
                    anonymise(c, by, r, "retention");
                    done++;
                }
            }
            return done;
        });
    }

    @Override
    public List<String> export(String phone) {
        return parts.store.read(c -> {
            List<String> lines = new ArrayList<>();
            for (Row r : byPhone(c, phone)) {
                lines.add(r.tracking() + " " + r.status() + " " + r.name() + " " + r.phone() + ": " + r.text());
            }
            return lines;
        });
    }

    @Override
    public Erasure erase(Actor by, String phone) {
        return parts.store.inTransaction(c -> {
            int erased = 0;
            List<String> kept = new ArrayList<>();
            for (Row r : byPhone(c, phone)) {
                if ("CLOSED".equals(r.status()) || "REJECTED".equals(r.status())) {
                    anonymise(c, by, r, "erasure on request");
                    erased++;
                } else {
                    kept.add(ComplaintTexts.text("complaint.personalData.open", r.tracking()).in(java.util.Locale.ENGLISH));
                }
            }
            return new Erasure(erased, kept);
        });
    }

    private static List<Row> byPhone(Connection c, String phone) throws SQLException {
        return rows(c, SELECT + "WHERE contact_phone = ? ORDER BY id", phone);
    }

    private void anonymise(Connection c, Actor by, Row r, String why) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_complaint SET contact_name = NULL, contact_phone = NULL, text_body = ?, "
                + "finding = ?, feedback = ? WHERE id = ?")) {
            ps.setString(1, Masking.text(r.text(), r.name(), r.phone()));
            ps.setString(2, Masking.text(r.finding(), r.name(), r.phone()));
            ps.setString(3, Masking.text(r.feedback(), r.name(), r.phone()));
            ps.setLong(4, r.id());
            ps.executeUpdate();
        }
        parts.audit.record(c, by, "anonymise", "complaint", r.id(), "contact " + Masking.name(r.name()) + " " + Masking.phone(r.phone()),
                "anonymised (" + why + ")");
    }

    private static List<Row> rows(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), Jdbc.instant(rs, 10)));
                }
                return rows;
            }
        }
    }
}
