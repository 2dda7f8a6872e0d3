package org.servicehall.casework.fee.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.casework.fee.Fee;
import org.servicehall.casework.fee.FeeTotal;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * T5: fees and the receipt counters (JDBC). The counter row of a site and year is locked by the
 * update that takes the next number, in the fee's own transaction: two windows, on any node, never
 * get the same number, and a fee rolled back gives its number back (no gaps).
 */
final class FeeStore {
    private static final RowMapper<Fee> FEES = RowMapper.of(Fee.class);
    private final DataSource dataSource;

    FeeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("casework fees"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("casework fees"));
    }

    /** Makes the site's counter for the year, if it has none (its own transaction; a concurrent maker wins quietly). */
    void ensureCounter(long siteId, int year) {
        try {
            inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_receipt_counter (site_id, receipt_year, last_number)"
                        + " SELECT ?, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM sh_casework_receipt_counter WHERE site_id = ? AND receipt_year = ?)")) {
                    ps.setLong(1, siteId);
                    ps.setInt(2, year);
                    ps.setLong(3, siteId);
                    ps.setInt(4, year);
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    /** The next receipt number of the site and year; the counter row stays locked until the transaction ends. */
    long nextNumber(Connection c, long siteId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sh_casework_receipt_counter SET last_number = last_number + 1 WHERE site_id = ? AND receipt_year = ?")) {
            ps.setLong(1, siteId);
            ps.setInt(2, year);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no receipt counter for site " + siteId + " and year " + year);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_number FROM sh_casework_receipt_counter WHERE site_id = ? AND receipt_year = ?")) {
            ps.setLong(1, siteId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long insert(Connection c, Fee fee, int year, long number, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_casework_fee (site_id, case_id, service_code, fee_code, description,"
                + " amount, receipt_number, basis, recorded_by, recorded_at, receipt_year, receipt_seq, recorded_day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
            int i = FEES.bind(ps, fee, "id");
            ps.setInt(i, year);
            ps.setLong(i + 1, number);
            ps.setDate(i + 2, Date.valueOf(day));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    List<Fee> fees(Connection c, long siteId, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FEES.columnList() + " FROM sh_casework_fee WHERE site_id = ? AND case_id = ?"
                + " ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setLong(2, caseId);
            return FEES.list(ps);
        }
    }

    Optional<Fee> fee(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FEES.columnList() + " FROM sh_casework_fee WHERE id = ?")) {
            ps.setLong(1, id);
            return FEES.first(ps);
        }
    }

    List<FeeTotal> totals(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT recorded_day, service_code, COUNT(*), SUM(amount) FROM sh_casework_fee"
                + " WHERE site_id = ? AND recorded_day BETWEEN ? AND ? GROUP BY recorded_day, service_code ORDER BY recorded_day, service_code")) {
            ps.setLong(1, siteId);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            List<FeeTotal> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal sum = rs.getBigDecimal(4);
                    out.add(new FeeTotal(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), sum.setScale(2)));
                }
            }
            return out;
        }
    }
}
