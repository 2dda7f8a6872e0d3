package org.servicehall.admincenter.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Masking;
import org.servicehall.security.PersonalData;
import org.servicehall.site.RetentionCutoffs;
import org.servicehall.site.SiteService;

/**
 * The citizens' data of online pre-applications (AC3; S3, issue 16): the applicant's name and phone,
 * the note they wrote and the materials they uploaded (scans of ID cards, licences). Once the
 * retention period after the staff's answer has lapsed (the site's, else the installation's), or on
 * the citizen's request, the name and phone are blanked, the note masked, and the files' contents and
 * names dropped (their material, type, size and checksum stay, as do the pre-application, its status
 * and its answer, for the figures). A pre-application still waiting for its pre-check keeps its data:
 * the staff have not answered it yet.
 */
@Component(service = PersonalData.class)
public final class PreApplicationPersonalData implements PersonalData {
    private static final Function<SQLException, RuntimeException> FAILURE = Jdbc.failure("admin-center");
    private final DataSource dataSource;
    private final AuditLog audit;
    private final SiteService sites;

    @Activate
    public PreApplicationPersonalData(@Reference CentreTables tables, @Reference AuditLog audit, @Reference SiteService sites) {
        this(tables.dataSource(), audit, sites);
    }

    PreApplicationPersonalData(DataSource dataSource, AuditLog audit, SiteService sites) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.sites = sites;
    }

    @Override
    public String kind() {
        return "pre-applications";
    }

    private record Row(long id, long siteId, String serviceCode, String name, String phone, String note, String status, Instant submittedAt,
            Instant answeredAt) {
        boolean waiting() {
            return PreApplication.Status.SUBMITTED.name().equals(status);
        }
    }

    @Override
    public int anonymise(Actor by, Instant before, Map<String, Instant> beforeBySite) {
        RetentionCutoffs cutoffs = RetentionCutoffs.of(sites.sites(), before, beforeBySite);
        return Jdbc.inTransaction(dataSource, c -> {
            int done = 0;
            for (Row r : rows(c, "WHERE applicant_phone <> '' AND answered_at IS NOT NULL ORDER BY id", null)) {
                Instant cutoff = cutoffs.of(r.siteId());
                if (!r.waiting() && r.answeredAt().isBefore(cutoff)) {
                    blank(c, by, r, "retention");
                    done++;
                }
            }
            return done;
        }, FAILURE);
    }

    @Override
    public List<String> export(String phone) {
        return Jdbc.read(dataSource, c -> {
            List<String> lines = new ArrayList<>();
            for (Row r : rows(c, "WHERE applicant_phone = ? ORDER BY id", phone)) {
                lines.add(r.serviceCode() + " " + r.submittedAt() + " " + r.status() + " " + r.name() + " " + r.phone()
                        + (r.note() == null ? "" : " " + r.note()) + files(c, r.id()));
            }
            return lines;
        }, FAILURE);
    }

    @Override
    public Erasure erase(Actor by, String phone) {
        return Jdbc.inTransaction(dataSource, c -> {
            int erased = 0;
            List<String> kept = new ArrayList<>();
            for (Row r : rows(c, "WHERE applicant_phone = ? ORDER BY id", phone)) {
                if (r.waiting()) {
                    kept.add(CentreTexts.text("personalData.waiting", Locale.ENGLISH, r.serviceCode(), r.submittedAt().toString()));
                } else {
                    blank(c, by, r, "erasure on request");
                    erased++;
                }
            }
            return new Erasure(erased, kept);
        }, FAILURE);
    }

    /** The uploaded materials as the export lists them: material, file name, type and size. */
    private static String files(Connection c, long id) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT material_code, file_name, content_type, size_bytes FROM sh_admincenter_preapp_file"
                + " WHERE preapp_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append("; ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(" (").append(rs.getString(3)).append(", ")
                            .append(rs.getLong(4)).append(" bytes)");
                }
            }
        }
        return out.toString();
    }

    private void blank(Connection c, Actor by, Row r, String why) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sh_admincenter_preapp SET applicant_name = '', applicant_phone = '', note = ? WHERE id = ?")) {
            ps.setString(1, r.note() == null ? null : Masking.text(r.note(), r.name(), r.phone()));
            ps.setLong(2, r.id());
            ps.executeUpdate();
        }
        int files;
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_admincenter_preapp_file SET data = ?, file_name = material_code WHERE preapp_id = ?")) {
            ps.setBytes(1, new byte[0]);
            ps.setLong(2, r.id());
            files = ps.executeUpdate();
        }
        audit.record(c, by, "anonymise", "admincenter-preapp", r.id(), "name " + Masking.name(r.name()) + ", phone " + Masking.phone(r.phone()),
                "anonymised (" + why + "), " + files + " file(s) dropped");
    }

    private static List<Row> rows(Connection c, String where, String phone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, service_code, applicant_name, applicant_phone, note, status, submitted_at,"
                + " answered_at FROM sh_admincenter_preapp " + where)) {
            if (phone != null) {
                ps.setString(1, phone);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Timestamp answered = rs.getTimestamp(9);
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant(), answered == null ? null : answered.toInstant()));
                }
                return rows;
            }
        }
    }
}
