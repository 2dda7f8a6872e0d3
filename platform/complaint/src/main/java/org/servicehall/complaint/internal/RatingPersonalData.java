package org.servicehall.complaint.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.Actor;
import org.servicehall.security.PersonalData;
import org.servicehall.site.RetentionCutoffs;

/**
 * What citizens wrote on the rating pad (P1; S3, issue 16): a rating has no contact fields, but its
 * comment is the citizen's own words and may name them (a name, a phone). Once the retention period
 * after the rating lapsed (the site's, else the installation's), the comment is blanked; the level,
 * the score, the reasons ticked and the link to a complaint stay, so the figures and the assessment
 * (M1) keep counting it. A rating is found by no phone, so a request for one citizen's data finds
 * none here: the complaint the rating led to holds the contact data, and the complaint area
 * answers for it.
 */
@Component(service = PersonalData.class)
public final class RatingPersonalData implements PersonalData {
    private final ComplaintParts parts;

    @Activate
    public RatingPersonalData(@Reference ComplaintParts parts) {
        this.parts = parts;
    }

    @Override
    public String kind() {
        return "ratings";
    }

    @Override
    public int anonymise(Actor by, Instant before, Map<String, Instant> beforeBySite) {
        RetentionCutoffs cutoffs = RetentionCutoffs.of(parts.sites.sites(), before, beforeBySite);
        return parts.store.inTransaction(c -> {
            List<Long> lapsed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, rated_at FROM cmp_rating WHERE comment_text IS NOT NULL"
                    + " AND comment_text <> '' AND rated_at < ? ORDER BY id")) {
                ps.setTimestamp(1, Jdbc.timestamp(cutoffs.latest()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (Jdbc.instant(rs, 3).isBefore(cutoffs.of(rs.getLong(2)))) {
                            lapsed.add(rs.getLong(1));
                        }
                    }
                }
            }
            for (long id : lapsed) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE cmp_rating SET comment_text = NULL WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                parts.audit.record(c, by, "anonymise", "rating", id, "comment", "blanked (retention)");
            }
            return lapsed.size();
        });
    }

    @Override
    public List<String> export(String phone) {
        return List.of();
    }

    @Override
    public Erasure erase(Actor by, String phone) {
        return new Erasure(0, List.of());
    }
}
