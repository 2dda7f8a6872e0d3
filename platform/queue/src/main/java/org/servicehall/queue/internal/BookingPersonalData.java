package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Masking;
import org.servicehall.security.PersonalData;
import org.servicehall.site.RetentionCutoffs;
import org.servicehall.site.SiteService;

/**
 * The phones of bookings (S3, issue 16): blanked once the retention period after the booking's day
 * lapsed, or on the citizen's request; a booking still to come keeps its phone (its confirmation and
 * reminders need it). The booking itself, its slot and its status stay for the figures.
 */
@Component(service = PersonalData.class)
public final class BookingPersonalData implements PersonalData {
    private final TicketStore store;
    private final SiteService sites;
    private final AuditLog audit;

    @Activate
    public BookingPersonalData(@Reference QueueParts parts, @Reference SiteService sites) {
        this(parts.store, sites, parts.audit);
    }

    BookingPersonalData(TicketStore store, SiteService sites, AuditLog audit) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "bookings";
    }

    private record Row(long id, long siteId, String code, LocalDate date, String status, String phone) {
    }

    @Override
    public int anonymise(Actor by, Instant before, Map<String, Instant> beforeBySite) {
        RetentionCutoffs cutoffs = RetentionCutoffs.of(sites.sites(), before, beforeBySite);
        return store.inTransaction(c -> {
            int done = 0;
            for (Row r : rows(c, "WHERE phone IS NOT NULL ORDER BY id", null)) {
                LocalDate cutoff = cutoffs.day(r.siteId());
                if (cutoff != null && r.date().isBefore(cutoff)) {
                    blank(c, by, r, "retention");
                    done++;
                }
            }
            return done;
        });
    }

    @Override
    public List<String> export(String phone) {
        return store.read(c -> rows(c, "WHERE phone = ? ORDER BY id", phone).stream()
                .map(r -> r.code() + " " + r.date() + " " + r.status() + " " + r.phone()).toList());
    }

    @Override
    public Erasure erase(Actor by, String phone) {
        return store.inTransaction(c -> {
            int erased = 0;
            List<String> kept = new ArrayList<>();
            for (Row r : rows(c, "WHERE phone = ? ORDER BY id", phone)) {
                LocalDate today = sites.today(r.siteId());
                if ("BOOKED".equals(r.status()) && !r.date().isBefore(today)) {
                    kept.add(SlotRules.text("personalData.toCome", r.code(), SlotRules.day(r.date())).in(java.util.Locale.ENGLISH));
                } else {
                    blank(c, by, r, "erasure on request");
                    erased++;
                }
            }
            return new Erasure(erased, kept);
        });
    }

    private void blank(Connection c, Actor by, Row r, String why) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking SET phone = NULL WHERE id = ?")) {
            ps.setLong(1, r.id());
            ps.executeUpdate();
        }
        audit.record(c, by, "anonymise", "booking", r.id(), "phone " + Masking.phone(r.phone()), "anonymised (" + why + ")");
    }

    private static List<Row> rows(Connection c, String where, String phone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, booking_code, booking_date, status, phone FROM sh_booking "
                + where)) {
            if (phone != null) {
                ps.setString(1, phone);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Date day = rs.getDate(4);
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), day.toLocalDate(), rs.getString(5), rs.getString(6)));
                }
                return rows;
            }
        }
    }
}
