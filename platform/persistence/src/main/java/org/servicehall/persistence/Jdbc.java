package org.servicehall.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * Plain JDBC on the shared data source for the areas whose hot or aggregate paths skip JPA (the
 * queue, attendance, discipline, complaints, assessment): one transaction per unit of work,
 * committed when it returns and rolled back when it throws, and the few row helpers they share.
 *
 * @since 1.1
 */
public final class Jdbc {
    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction. A runtime exception from the work (a user error) rolls
     * back and propagates as it is; a database failure rolls back and becomes what {@code failure}
     * makes of it (a {@code Conflict} for a unique-key clash, say).
     * <p>
     * When the work fails and the cleanup then fails too (a rollback or close on a connection the
     * database dropped: "connection is closed" after an outage), the work's own failure is what
     * the caller gets, the cleanup's failures attached to it as {@linkplain Throwable#getSuppressed()
     * suppressed}: the cleanup never masks why the work failed (issue 17).
     */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work, Function<SQLException, RuntimeException> failure) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw failure.apply(e);
        }
        T result;
        try {
            result = transaction(c, work);
        } catch (SQLException e) {
            closeAfter(c, e);
            throw failure.apply(e);
        } catch (RuntimeException | Error e) {
            closeAfter(c, e);
            throw e;
        }
        try {
            c.close();
        } catch (SQLException e) {
            throw failure.apply(e);
        }
        return result;
    }

    private static <T> T transaction(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        T result;
        try {
            result = work.run(c);
            c.commit();
        } catch (Throwable e) {
            try {
                c.rollback();
            } catch (SQLException | RuntimeException cleanup) {
                if (cleanup != e) {
                    e.addSuppressed(cleanup);
                }
            }
            try {
                c.setAutoCommit(auto);
            } catch (SQLException | RuntimeException cleanup) {
                if (cleanup != e) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        c.setAutoCommit(auto);
        return result;
    }

    /** Closes {@code c} after {@code failure}, which keeps a failure of the close as suppressed. */
    private static void closeAfter(Connection c, Throwable failure) {
        try {
            c.close();
        } catch (SQLException | RuntimeException cleanup) {
            if (cleanup != failure) {
                failure.addSuppressed(cleanup);
            }
        }
    }

    /**
     * Read-only work on one connection (auto-commit). As in {@link #inTransaction}, a failed close
     * after the work failed is kept as suppressed on the work's failure.
     */
    public static <T> T read(DataSource dataSource, Work<T> work, Function<SQLException, RuntimeException> failure) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    /** The usual failure: the area's name and the database's message, with the cause kept. */
    public static Function<SQLException, RuntimeException> failure(String area) {
        return e -> new IllegalStateException(area + " database error: " + e.getMessage(), e);
    }

    /**
     * Whether a unique key refused the change: the failure or any of its causes is an SQLException
     * with SQLSTATE {@value #UNIQUE_VIOLATION} (so it also sees through a JPA PersistenceException).
     */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The id the database generated for the row just inserted (statement prepared with RETURN_GENERATED_KEYS). */
    public static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id returned");
            }
            return keys.getLong(1);
        }
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
