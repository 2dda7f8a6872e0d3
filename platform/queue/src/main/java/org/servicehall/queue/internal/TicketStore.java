package org.servicehall.queue.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.Jdbc;
import org.servicehall.queue.Channel;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueReports.Grouping;
import org.servicehall.queue.ServiceFigures;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;

/**
 * Tickets in plain JDBC: the queue's hot path (every issue, call, start and finish) is a few short
 * statements in one transaction. Calling claims a row with a conditional update, so two windows —
 * on any node — never get the same ticket; on PostgreSQL candidates already locked by another
 * window are skipped ({@code FOR UPDATE SKIP LOCKED}) instead of waited for.
 */
final class TicketStore {
    /** How many of the longest-waiting tickets a call or a position considers (besides every priority ticket). */
    static final int CANDIDATES = 50;
    static final String COLUMNS = "id, site_id, service_code, ticket_number, seq, business_date, priority, channel, status, "
            + "issued_at, called_at, started_at, finished_at, window_number, target_window, recalls, transfers, handoff_note";

    private final DataSource dataSource;
    private final DatabaseKind kind;

    TicketStore(DataSource dataSource, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    DatabaseKind kind() {
        return kind;
    }

    /** Work in one transaction on one connection. */
    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("queue"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("queue"));
    }

    /** Q1: the next number of a service today; the counter row stays locked until the transaction ends. */
    int nextSequence(Connection c, long siteId, String serviceCode, LocalDate day) throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Integer taken = kind == DatabaseKind.POSTGRESQL ? increment(c, siteId, serviceCode, day, " RETURNING last_seq")
                    : increment(c, siteId, serviceCode, day, "");
            if (taken != null) {
                return taken;
            }
            // first ticket of the day for this service: create the counter (another node may race us)
            Savepoint save = c.setSavepoint();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO sh_ticket_counter (site_id, service_code, business_date, "
                    + "last_seq) VALUES (?, ?, ?, 1)")) {
                ins.setLong(1, siteId);
                ins.setString(2, serviceCode);
                ins.setObject(3, day);
                ins.executeUpdate();
                c.releaseSavepoint(save);
                return 1;
            } catch (SQLException duplicate) {
                c.rollback(save);
            }
        }
        throw new SQLException("could not take a ticket number for " + serviceCode);
    }

    /**
     * Adds one to the counter row (locking it); its new value, or null when the day has no row yet.
     * PostgreSQL returns the value with the update (one round trip less while the row is locked).
     */
    private static Integer increment(Connection c, long siteId, String serviceCode, LocalDate day, String returning)
            throws SQLException {
        String where = " WHERE site_id = ? AND service_code = ? AND business_date = ?";
        try (PreparedStatement up = c.prepareStatement("UPDATE sh_ticket_counter SET last_seq = last_seq + 1" + where + returning)) {
            up.setLong(1, siteId);
            up.setString(2, serviceCode);
            up.setObject(3, day);
            if (!returning.isEmpty()) {
                try (ResultSet rs = up.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : null;
                }
            }
            if (up.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT last_seq FROM sh_ticket_counter" + where)) {
            q.setLong(1, siteId);
            q.setString(2, serviceCode);
            q.setObject(3, day);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    long insert(Connection c, long siteId, String serviceCode, String number, int seq, LocalDate day, PriorityClass priority,
            Channel channel, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_ticket (site_id, service_code, ticket_number, seq, "
                + "business_date, priority, channel, status, issued_at, recalls, transfers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                new String[] { "id" })) {
            ps.setLong(1, siteId);
            ps.setString(2, serviceCode);
            ps.setString(3, number);
            ps.setInt(4, seq);
            ps.setObject(5, day);
            ps.setString(6, priority.name());
            ps.setString(7, channel.name());
            ps.setString(8, TicketStatus.WAITING.name());
            ps.setTimestamp(9, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<Ticket> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sh_ticket WHERE id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    Optional<Ticket> findByNumber(Connection c, long siteId, LocalDate day, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM sh_ticket WHERE site_id = ? AND business_date = ? AND ticket_number = ?")) {
            ps.setLong(1, siteId);
            ps.setObject(2, day);
            ps.setString(3, number);
            return one(ps);
        }
    }

    /** Waiting tickets a window may call: of its services, not reserved for another window. */
    List<Ticket> waiting(Connection c, long siteId, LocalDate day, Collection<String> services, Integer windowNumber)
            throws SQLException {
        if (services.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(services.size(), "?"));
        String sql = "SELECT " + COLUMNS + " FROM sh_ticket WHERE site_id = ? AND business_date = ? AND status = 'WAITING' "
                + "AND service_code IN (" + in + ")"
                + (windowNumber == null ? "" : " AND (target_window IS NULL OR target_window = ?)");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, siteId);
            ps.setObject(i++, day);
            for (String s : services) {
                ps.setString(i++, s);
            }
            if (windowNumber != null) {
                ps.setInt(i, windowNumber);
            }
            return many(ps);
        }
    }

    /**
     * The tickets a window chooses among (Q5): the {@code oldest} longest-waiting ones and every
     * priority ticket, so a long line is not read whole for each call. Any policy that ranks by
     * priority class and waiting time finds its first ticket among them. A list the caller may sort
     * (also when empty: a window whose services are all unavailable).
     */
    List<Ticket> candidates(Connection c, long siteId, LocalDate day, Collection<String> services, Integer windowNumber, int oldest)
            throws SQLException {
        if (services.isEmpty()) {
            return new ArrayList<>();
        }
        Map<Long, Ticket> found = new LinkedHashMap<>();
        String sql = candidatesSql(services.size(), windowNumber != null, oldest);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (int part = 0; part < 2; part++) {
                ps.setLong(i++, siteId);
                ps.setObject(i++, day);
                for (String s : services) {
                    ps.setString(i++, s);
                }
                if (windowNumber != null) {
                    ps.setInt(i++, windowNumber);
                }
            }
            for (Ticket t : many(ps)) {
                found.putIfAbsent(t.id(), t);
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The oldest {@code oldest} and every priority ticket, in one round trip (a ticket in both comes
     * twice and is kept once). Parameters, twice: site, day, each service, the window if any.
     */
    static String candidatesSql(int services, boolean forWindow, int oldest) {
        String in = String.join(",", Collections.nCopies(services, "?"));
        String where = " FROM sh_ticket WHERE site_id = ? AND business_date = ? AND status = 'WAITING' AND service_code IN (" + in
                + ")" + (forWindow ? " AND (target_window IS NULL OR target_window = ?)" : "");
        return "(SELECT " + COLUMNS + where + " ORDER BY issued_at, id FETCH FIRST " + oldest + " ROWS ONLY) UNION ALL (SELECT "
                + COLUMNS + where + " AND priority <> 'NORMAL')";
    }

    /** How many wait for a service today (one index range count). */
    int waitingCount(Connection c, long siteId, LocalDate day, String serviceCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sh_ticket WHERE site_id = ? AND business_date = ? "
                + "AND status = 'WAITING' AND service_code = ?")) {
            ps.setLong(1, siteId);
            ps.setObject(2, day);
            ps.setString(3, serviceCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Normal tickets of a service waiting since before the given ticket (for positions in long lines). */
    int normalWaitingBefore(Connection c, Ticket t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sh_ticket WHERE site_id = ? AND business_date = ? "
                + "AND status = 'WAITING' AND service_code = ? AND priority = 'NORMAL' AND (issued_at < ? OR (issued_at = ? AND id < ?))")) {
            ps.setLong(1, t.siteId());
            ps.setObject(2, t.businessDate());
            ps.setString(3, t.serviceCode());
            ps.setTimestamp(4, Timestamp.from(t.issuedAt()));
            ps.setTimestamp(5, Timestamp.from(t.issuedAt()));
            ps.setLong(6, t.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Today's tickets of a site (for boards and statistics). */
    List<Ticket> today(Connection c, long siteId, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sh_ticket WHERE site_id = ? AND business_date = ?")) {
            ps.setLong(1, siteId);
            ps.setObject(2, day);
            return many(ps);
        }
    }

    /**
     * Q5: takes a waiting ticket for a window. False when another window got it first (or, on
     * PostgreSQL, is taking it right now): the caller tries the next candidate.
     */
    boolean claim(Connection c, long ticketId, int windowNumber, Instant now, String servedBy) throws SQLException {
        // PostgreSQL: the row is locked in the same statement, or skipped when another window holds it
        String which = kind == DatabaseKind.POSTGRESQL
                ? "id = (SELECT id FROM sh_ticket WHERE id = ? AND status = 'WAITING' FOR UPDATE SKIP LOCKED)"
                : "id = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_ticket SET status = 'CALLED', window_number = ?, called_at = ?, "
                + "first_called_at = COALESCE(first_called_at, ?), served_by = ? WHERE " + which + " AND status = 'WAITING'")) {
            Timestamp t = Timestamp.from(now);
            ps.setInt(1, windowNumber);
            ps.setTimestamp(2, t);
            ps.setTimestamp(3, t);
            ps.setString(4, servedBy);
            ps.setLong(5, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Issue 17: holds the window's call lock until the transaction ends, so calls at one window
     * (from any node) follow each other. The lock row is made on the window's first call.
     */
    void lockWindow(Connection c, long windowId) throws SQLException {
        String insert = kind == DatabaseKind.POSTGRESQL
                ? "INSERT INTO sh_window_call (window_id) VALUES (?) ON CONFLICT (window_id) DO NOTHING"
                : "MERGE INTO sh_window_call (window_id) KEY (window_id) VALUES (?)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setLong(1, windowId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT window_id FROM sh_window_call WHERE window_id = ? FOR UPDATE")) {
            ps.setLong(1, windowId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    /** Issue 17: the tickets called or being served at a window on a day, the latest call first. */
    List<Ticket> currentAt(Connection c, long siteId, LocalDate day, int windowNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sh_ticket WHERE status IN ('CALLED', 'SERVING') "
                + "AND site_id = ? AND window_number = ? AND business_date = ? ORDER BY called_at DESC, id DESC")) {
            ps.setLong(1, siteId);
            ps.setInt(2, windowNumber);
            ps.setObject(3, day);
            return many(ps);
        }
    }

    /** Issue 17: every ticket of a site called or being served at a window, of any day, the oldest call first. */
    List<Ticket> current(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sh_ticket WHERE status IN ('CALLED', 'SERVING') "
                + "AND site_id = ? ORDER BY called_at, id")) {
            ps.setLong(1, siteId);
            return many(ps);
        }
    }

    Optional<String> servedBy(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT served_by FROM sh_ticket WHERE id = ?")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Q10/M1: figures per group over a period in one aggregate statement (the same SQL on H2 and
     * PostgreSQL: both take {@code EXTRACT(EPOCH FROM timestamp)}).
     */
    List<ServiceFigures> figures(Connection c, long siteId, LocalDate from, LocalDate to,
            Grouping by, Duration target) throws SQLException {
        String key = switch (by) {
            case STAFF -> "served_by";
            case WINDOW -> "window_number";
            case SERVICE -> "service_code";
            case DAY -> "business_date";
        };
        String wait = "(EXTRACT(EPOCH FROM first_called_at) - EXTRACT(EPOCH FROM issued_at))";
        String sql = "SELECT " + key + ", SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN first_called_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " AVG(CASE WHEN first_called_at IS NOT NULL THEN " + wait + " END),"
                + " AVG(CASE WHEN status = 'DONE' AND started_at IS NOT NULL THEN EXTRACT(EPOCH FROM finished_at) - EXTRACT(EPOCH FROM started_at) END),"
                + " SUM(CASE WHEN first_called_at IS NOT NULL AND " + wait + " <= ? THEN 1 ELSE 0 END)"
                + " FROM sh_ticket WHERE site_id = ? AND business_date BETWEEN ? AND ? AND " + key + " IS NOT NULL"
                + " GROUP BY " + key + " ORDER BY " + key;
        List<ServiceFigures> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, target.toSeconds());
            ps.setLong(2, siteId);
            ps.setObject(3, from);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ServiceFigures(String.valueOf(rs.getObject(1)), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), seconds(rs, 5), seconds(rs, 6), rs.getLong(7)));
                }
            }
        }
        return out;
    }

    private static Duration seconds(ResultSet rs, int column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? Duration.ZERO : Duration.ofMillis(v.movePointRight(3).longValue());
    }

    /** Applies a state change if the ticket is still in the state read (optimistic check). */
    boolean update(Connection c, Ticket before, Ticket after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_ticket SET service_code = ?, status = ?, called_at = ?, "
                + "started_at = ?, finished_at = ?, window_number = ?, target_window = ?, recalls = ?, transfers = ?, "
                + "handoff_note = ? WHERE id = ? AND status = ? AND recalls = ? AND transfers = ?")) {
            ps.setString(1, after.serviceCode());
            ps.setString(2, after.status().name());
            ps.setTimestamp(3, ts(after.calledAt()));
            ps.setTimestamp(4, ts(after.startedAt()));
            ps.setTimestamp(5, ts(after.finishedAt()));
            setInt(ps, 6, after.windowNumber());
            setInt(ps, 7, after.targetWindow());
            ps.setInt(8, after.recalls());
            ps.setInt(9, after.transfers());
            ps.setString(10, after.handoffNote());
            ps.setLong(11, before.id());
            ps.setString(12, before.status().name());
            ps.setInt(13, before.recalls());
            ps.setInt(14, before.transfers());
            return ps.executeUpdate() == 1;
        }
    }

    /** Service times (call to finish) of the latest finished tickets of a service today. */
    List<Duration> recentServiceTimes(Connection c, long siteId, LocalDate day, String service, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT called_at, finished_at FROM sh_ticket WHERE site_id = ? "
                + "AND business_date = ? AND service_code = ? AND status = 'DONE' ORDER BY finished_at DESC "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            ps.setLong(1, siteId);
            ps.setObject(2, day);
            ps.setString(3, service);
            List<Duration> times = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    times.add(Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
                }
            }
            return times;
        }
    }

    /** First call time of each ticket called today (for wait figures). */
    Map<Long, Instant> firstCalls(Connection c, long siteId, LocalDate day) throws SQLException {
        Map<Long, Instant> calls = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, first_called_at FROM sh_ticket WHERE site_id = ? "
                + "AND business_date = ? AND first_called_at IS NOT NULL")) {
            ps.setLong(1, siteId);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    calls.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return calls;
    }

    private static Optional<Ticket> one(PreparedStatement ps) throws SQLException {
        List<Ticket> all = many(ps);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<Ticket> many(PreparedStatement ps) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tickets.add(Ticket.builder().id(rs.getLong(1)).siteId(rs.getLong(2)).serviceCode(rs.getString(3)).number(rs.getString(4))
                        .sequence(rs.getInt(5)).businessDate(rs.getObject(6, LocalDate.class)).priority(PriorityClass.valueOf(rs.getString(7)))
                        .channel(Channel.valueOf(rs.getString(8))).status(TicketStatus.valueOf(rs.getString(9))).issuedAt(Jdbc.instant(rs, 10))
                        .calledAt(Jdbc.instant(rs, 11)).startedAt(Jdbc.instant(rs, 12)).finishedAt(Jdbc.instant(rs, 13))
                        .windowNumber(integer(rs, 14)).targetWindow(integer(rs, 15)).recalls(rs.getInt(16)).transfers(rs.getInt(17))
                        .handoffNote(rs.getString(18)).build());
            }
        }
        return tickets;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
