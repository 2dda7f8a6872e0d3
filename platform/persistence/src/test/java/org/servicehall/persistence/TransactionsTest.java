package org.servicehall.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * {@link Transactions#inTransaction} on a real EclipseLink unit over H2: the work's failure reaches the
 * caller even when the rollback fails on a connection closed under it (issue 17).
 */
class TransactionsTest {
    private JdbcDataSource ds;
    private EntityManagerFactory emf;

    @BeforeEach
    void unit() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE line (id INT PRIMARY KEY, state VARCHAR(12) NOT NULL)");
        }
        emf = PersistenceUnits.create("transactions-test", getClass().getClassLoader(), ds);
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void workThatReturnsIsCommittedAndWorkThatThrowsIsRolledBack() throws SQLException {
        Transactions.run(emf, em -> em.createNativeQuery("INSERT INTO line VALUES (1, 'WAITING')").executeUpdate());
        IllegalArgumentException userError = assertThrows(IllegalArgumentException.class, () -> Transactions.run(emf, em -> {
            em.createNativeQuery("INSERT INTO line VALUES (2, 'WAITING')").executeUpdate();
            throw new IllegalArgumentException("no such window");
        }));
        assertEquals(0, userError.getSuppressed().length, "a rollback that worked adds nothing");
        assertEquals(1, count());
    }

    @Test
    void aUserErrorIsNotMaskedByTheRollbackOfAClosedConnection() {
        IllegalStateException original = new IllegalStateException("window 3 has no staff signed in");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Transactions.run(emf, em -> {
            em.createNativeQuery("INSERT INTO line VALUES (1, 'WAITING')").executeUpdate();
            try {
                em.unwrap(Connection.class).close();
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            throw original;
        }));
        assertSame(original, thrown);
        assertTrue(thrown.getSuppressed().length >= 1, "the rollback's failure is kept");
    }

    private int count() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM line")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
