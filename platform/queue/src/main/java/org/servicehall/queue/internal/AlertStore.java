package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.Jdbc;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueAlert.Kind;
import org.servicehall.queue.internal.QueueAlerts.Condition;
import org.servicehall.queue.internal.QueueAlerts.Standing;

/**
 * Q3/Q4: the queue's alerts in plain JDBC ({@code sh_queue_alert}): one standing row per condition,
 * guarded by a unique key, so a condition that two nodes see at once is raised once; the checks of
 * one service take a row lock first ({@code sh_queue_alert_check}) and so run one at a time on all
 * nodes.
 */
final class AlertStore {
    private static final String COLUMNS = "id, site_id, service_code, kind, ticket_number, raised_at, last_seen_at, cleared_at, "
            + "waiting, waited_seconds, predicted_seconds, waiting_over, wait_target_seconds, message, ticket_id";
    private static final String KEY = "site_id = ? AND service_code = ? AND kind = ? AND ticket_id = ? AND standing = TRUE";
    private static final int MESSAGE_MAX = 500;

    private final DatabaseKind kind;

    AlertStore(DatabaseKind kind) {
        this.kind = kind;
    }

    /** Locks the service's check row until the transaction ends (creating it on the first check). */
    void lockService(Connection c, long siteId, String serviceCode, Instant now) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            // one statement: creates or updates the row, and holds its lock either way
            try (PreparedStatement up = c.prepareStatement("INSERT INTO sh_queue_alert_check (site_id, service_code, checked_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (site_id, service_code) DO UPDATE SET checked_at = EXCLUDED.checked_at")) {
                up.setLong(1, siteId);
                up.setString(2, serviceCode);
                up.setTimestamp(3, Jdbc.timestamp(now));
                up.executeUpdate();
            }
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE sh_queue_alert_check SET checked_at = ? WHERE site_id = ? AND service_code = ?")) {
                up.setTimestamp(1, Jdbc.timestamp(now));
                up.setLong(2, siteId);
                up.setString(3, serviceCode);
                if (up.executeUpdate() == 1) {
                    return;
                }
            }
            Savepoint save = c.setSavepoint();
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO sh_queue_alert_check (site_id, service_code, checked_at) VALUES (?, ?, ?)")) {
                ins.setLong(1, siteId);
                ins.setString(2, serviceCode);
                ins.setTimestamp(3, Jdbc.timestamp(now));
                ins.executeUpdate();
                c.releaseSavepoint(save);
                return;
            } catch (SQLException e) {
                c.rollback(save);
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
                // another node created it a moment ago: lock it
            }
        }
        throw new SQLException("could not lock the alert check of " + serviceCode);
    }

    /** The alerts standing for one service. */
    List<Standing> standing(Connection c, long siteId, String serviceCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM sh_queue_alert WHERE site_id = ? AND service_code = ? AND standing = TRUE")) {
            ps.setLong(1, siteId);
            ps.setString(2, serviceCode);
            List<Standing> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Standing(alert(rs), rs.getLong(15)));
                }
            }
            return out;
        }
    }

    /** The services of a site with alerts standing (a check clears those of a service that is gone). */
    Set<String> servicesWithStanding(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT service_code FROM sh_queue_alert WHERE site_id = ? AND standing = TRUE")) {
            ps.setLong(1, siteId);
            Set<String> out = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /**
     * Raises the alert of a condition that started; empty when an alert of it stands already (raised
     * a moment ago by another node), which is then refreshed instead.
     */
    Optional<QueueAlert> raise(Connection c, long siteId, String serviceCode, Condition cond, Instant now) throws SQLException {
        String insert = "INSERT INTO sh_queue_alert (site_id, service_code, kind, ticket_id, ticket_number, raised_at, last_seen_at, "
                + "standing, waiting, waited_seconds, predicted_seconds, waiting_over, wait_target_seconds, message) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)";
        boolean inserted;
        long id = 0;
        if (kind == DatabaseKind.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement(insert
                    + " ON CONFLICT (site_id, service_code, kind, ticket_id, standing) DO NOTHING RETURNING id")) {
                bindInsert(ps, siteId, serviceCode, cond, now);
                try (ResultSet rs = ps.executeQuery()) {
                    inserted = rs.next();
                    if (inserted) {
                        id = rs.getLong(1);
                    }
                }
            }
        } else {
            Savepoint save = c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement(insert, new String[] { "id" })) {
                bindInsert(ps, siteId, serviceCode, cond, now);
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
                c.releaseSavepoint(save);
                inserted = true;
            } catch (SQLException e) {
                c.rollback(save);
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
                inserted = false;
            }
        }
        if (!inserted) {
            refresh(c, siteId, serviceCode, cond, now);
            return Optional.empty();
        }
        return Optional.of(new QueueAlert(id, siteId, serviceCode, cond.kind(), cond.ticketNumber(), now, now, null, cond.waiting(),
                cond.waited(), cond.predictedWait(), cond.waitingOver(), cond.waitTarget(), message(cond)));
    }

    private static void bindInsert(PreparedStatement ps, long siteId, String serviceCode, Condition cond, Instant now)
            throws SQLException {
        ps.setLong(1, siteId);
        ps.setString(2, serviceCode);
        ps.setString(3, cond.kind().name());
        ps.setLong(4, cond.ticketId());
        ps.setString(5, cond.ticketNumber());
        ps.setTimestamp(6, Jdbc.timestamp(now));
        ps.setTimestamp(7, Jdbc.timestamp(now));
        ps.setInt(8, cond.waiting());
        setSeconds(ps, 9, cond.waited());
        setSeconds(ps, 10, cond.predictedWait());
        ps.setInt(11, cond.waitingOver());
        ps.setLong(12, cond.waitTarget().toSeconds());
        ps.setString(13, message(cond));
    }

    /** Writes a kept alert's figures and that its condition was seen to hold now. */
    void refresh(Connection c, long siteId, String serviceCode, Condition cond, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_queue_alert SET last_seen_at = ?, waiting = ?, waited_seconds = ?, "
                + "predicted_seconds = ?, waiting_over = ?, wait_target_seconds = ?, message = ? WHERE " + KEY)) {
            ps.setTimestamp(1, Jdbc.timestamp(now));
            ps.setInt(2, cond.waiting());
            setSeconds(ps, 3, cond.waited());
            setSeconds(ps, 4, cond.predictedWait());
            ps.setInt(5, cond.waitingOver());
            ps.setLong(6, cond.waitTarget().toSeconds());
            ps.setString(7, message(cond));
            ps.setLong(8, siteId);
            ps.setString(9, serviceCode);
            ps.setString(10, cond.kind().name());
            ps.setLong(11, cond.ticketId());
            ps.executeUpdate();
        }
    }

    /** Clears a standing alert; false when it was cleared already (by another node). */
    boolean clear(Connection c, long alertId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sh_queue_alert SET cleared_at = ?, standing = NULL WHERE id = ? AND standing = TRUE")) {
            ps.setTimestamp(1, Jdbc.timestamp(now));
            ps.setLong(2, alertId);
            return ps.executeUpdate() == 1;
        }
    }

    /** A site's alerts, newest first: the standing ones and, with {@code raisedSince}, those raised since then. */
    List<QueueAlert> list(Connection c, long siteId, Instant raisedSince, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM sh_queue_alert WHERE site_id = ? AND "
                + (raisedSince == null ? "standing = TRUE" : "(standing = TRUE OR raised_at >= ?)")
                + " ORDER BY raised_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, siteId);
            if (raisedSince != null) {
                ps.setTimestamp(2, Jdbc.timestamp(raisedSince));
            }
            List<QueueAlert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(alert(rs));
                }
            }
            return out;
        }
    }

    private static QueueAlert alert(ResultSet rs) throws SQLException {
        return new QueueAlert(rs.getLong(1), rs.getLong(2), rs.getString(3), Kind.valueOf(rs.getString(4)), rs.getString(5),
                Jdbc.instant(rs, 6), Jdbc.instant(rs, 7), Jdbc.instant(rs, 8), rs.getInt(9), seconds(rs, 10), seconds(rs, 11),
                rs.getInt(12), Duration.ofSeconds(rs.getLong(13)), rs.getString(14));
    }

    private static String message(Condition cond) {
        String m = cond.message();
        return m.length() <= MESSAGE_MAX ? m : m.substring(0, MESSAGE_MAX - 1) + "…";
    }

    private static Duration seconds(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(v);
    }

    private static void setSeconds(PreparedStatement ps, int index, Duration d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, d.toSeconds());
        }
    }
}
