package org.servicehall.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Jdbc#inTransaction}: committed on return, rolled back on failure, and when the cleanup fails
 * too (the connection is closed under the work, as after a database outage) the work's own failure
 * reaches the caller with the cleanup's failure suppressed on it (issue 17). Real H2 connections.
 */
class JdbcTest {
    private JdbcDataSource ds;

    @BeforeEach
    void database() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE line (id INT PRIMARY KEY, state VARCHAR(12) NOT NULL)");
            s.execute("INSERT INTO line VALUES (1, 'WAITING')");
        }
    }

    @Test
    void workThatReturnsIsCommittedAndWorkThatThrowsIsRolledBack() throws SQLException {
        assertEquals(Integer.valueOf(1), Jdbc.<Integer>inTransaction(ds, c -> update(c, "INSERT INTO line VALUES (2, 'WAITING')"), Jdbc.failure("test")));
        IllegalArgumentException userError = assertThrows(IllegalArgumentException.class, () -> Jdbc.inTransaction(ds, c -> {
            update(c, "INSERT INTO line VALUES (3, 'WAITING')");
            throw new IllegalArgumentException("no such window");
        }, Jdbc.failure("test")));
        assertEquals("no such window", userError.getMessage());
        assertEquals(0, userError.getSuppressed().length, "a rollback that worked adds nothing");
        assertEquals(2, count());
    }

    @Test
    void aUserErrorIsNotMaskedByTheRollbackOfAClosedConnection() {
        IllegalStateException original = new IllegalStateException("window 3 has no staff signed in");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Jdbc.inTransaction(ds, c -> {
            update(c, "UPDATE line SET state = 'CALLED' WHERE id = 1");
            c.close();
            throw original;
        }, Jdbc.failure("test")));
        assertSame(original, thrown);
        assertTrue(thrown.getSuppressed().length >= 1, "the rollback's failure is kept");
        assertTrue(Arrays.stream(thrown.getSuppressed()).allMatch(SQLException.class::isInstance), Arrays.toString(thrown.getSuppressed()));
    }

    @Test
    void aUniqueViolationStillReachesTheFailureMappingWhenTheRollbackFails() {
        AtomicReference<SQLException> mapped = new AtomicReference<>();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Jdbc.inTransaction(ds, c -> {
            try {
                return update(c, "INSERT INTO line VALUES (1, 'WAITING')");
            } finally {
                c.close();
            }
        }, e -> {
            mapped.set(e);
            return new IllegalStateException("conflict", e);
        }));
        assertEquals("conflict", thrown.getMessage());
        assertTrue(Jdbc.isUniqueViolation(thrown), "the caller still sees the clash, not 'connection closed'");
        assertEquals(Jdbc.UNIQUE_VIOLATION, mapped.get().getSQLState());
        assertTrue(mapped.get().getSuppressed().length >= 1, "the rollback's failure is kept");
    }

    @Test
    void theDatabaseGoingAwayDuringTheWorkIsReportedAsTheWorksFailure() {
        AtomicReference<SQLException> statementFailure = new AtomicReference<>();
        AtomicReference<SQLException> mapped = new AtomicReference<>();
        assertThrows(IllegalStateException.class, () -> Jdbc.inTransaction(ds, c -> {
            update(c, "UPDATE line SET state = 'CALLED' WHERE id = 1");
            try (Connection other = ds.getConnection(); Statement s = other.createStatement()) {
                s.execute("SHUTDOWN"); // every session of the database is closed: an outage
            }
            try {
                return update(c, "UPDATE line SET state = 'SERVING' WHERE id = 1");
            } catch (SQLException e) {
                statementFailure.set(e);
                throw e;
            }
        }, e -> {
            mapped.set(e);
            return new IllegalStateException("offline", e);
        }));
        assertSame(statementFailure.get(), mapped.get(), "the statement's failure, not the rollback's");
        assertTrue(mapped.get().getSuppressed().length >= 1, "the rollback's failure is kept: " + mapped.get());
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private int count() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM line")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
