package org.servicehall.hospital.internal.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.TatFigures;
import org.servicehall.hospital.internal.pharmacy.DispenseCheck;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;

/** The hospital's reports for supervisors: one day of a hall in figures ({@link DayReport}), read from the plugin's own tables. */
@Component(service = HospitalReports.class)
public final class HospitalReports {
    private final DataSource dataSource;
    private final SiteService sites;
    private final Laboratory lab;

    @Activate
    public HospitalReports(@Reference HospitalTables tables, @Reference SiteService sites, @Reference Laboratory lab) {
        this.dataSource = tables.dataSource();
        this.sites = sites;
        this.lab = lab;
    }

    /** The site's {@code day} (its own zone): midnight to midnight. */
    public DayReport day(Actor actor, long siteId, LocalDate day) {
        actor.require(Role.SUPERVISOR, "read the hospital's reports");
        ZoneId zone = sites.site(siteId).zone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<TatFigures> figures = lab.figures(siteId, day);
        return Jdbc.read(dataSource, c -> {
            int dispensed = count(c, "SELECT COUNT(*) FROM sh_hospital_prescription WHERE site_id = ? AND status = 'DISPENSED'"
                    + " AND dispensed_at >= ? AND dispensed_at < ?", siteId, from, to);
            int refused = 0;
            Map<DispenseCheck, Integer> missing = new EnumMap<>(DispenseCheck.class);
            try (PreparedStatement ps = range(c, "SELECT missing FROM sh_hospital_refusal WHERE site_id = ? AND area = 'DISPENSE'"
                    + " AND refused_at >= ? AND refused_at < ?", siteId, from, to); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refused++;
                    String names = rs.getString(1);
                    if (names != null && !names.isBlank()) {
                        for (String n : names.split(",")) {
                            missing.merge(DispenseCheck.valueOf(n), 1, Integer::sum);
                        }
                    }
                }
            }
            Map<String, Integer> breaches = new HashMap<>();
            try (PreparedStatement ps = range(c, "SELECT tat_class, COUNT(*) FROM sh_hospital_specimen WHERE site_id = ? AND breached_at >= ?"
                    + " AND breached_at < ? GROUP BY tat_class", siteId, from, to); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    breaches.put(rs.getString(1), rs.getInt(2));
                }
            }
            int payments;
            BigDecimal paid;
            try (PreparedStatement ps = range(c, "SELECT COUNT(*), COALESCE(SUM(total), 0) FROM sh_hospital_payment WHERE site_id = ?"
                    + " AND status = 'FINISHED' AND finished_at >= ? AND finished_at < ?", siteId, from, to); ResultSet rs = ps.executeQuery()) {
                rs.next();
                payments = rs.getInt(1);
                paid = rs.getBigDecimal(2).setScale(2);
            }
            List<DayReport.MissingCheck> checks = new ArrayList<>();
            missing.forEach((k, v) -> checks.add(new DayReport.MissingCheck(k, v)));
            List<DayReport.LabClass> classes = new ArrayList<>();
            for (TatFigures f : figures) {
                classes.add(new DayReport.LabClass(f.tatClass(), f.reported(), f.p50(), f.p90(), f.late(), breaches.getOrDefault(f.tatClass(), 0)));
            }
            return new DayReport(day, dispensed, refused, checks, classes, payments, paid);
        }, Jdbc.failure("hospital reports"));
    }

    private static PreparedStatement range(Connection c, String sql, long siteId, Instant from, Instant to) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setLong(1, siteId);
        ps.setTimestamp(2, Jdbc.timestamp(from));
        ps.setTimestamp(3, Jdbc.timestamp(to));
        return ps;
    }

    private static int count(Connection c, String sql, long siteId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = range(c, sql, siteId, from, to); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
