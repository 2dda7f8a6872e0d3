package org.servicehall.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Scripts shared by every database plus, per database product, its own versions (db/vendor/...). */
class SchemaMigrationsTest {
    private static JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    @Test
    void theDatabasesOwnScriptsJoinTheSharedOnesInOneVersionSequence() throws SQLException {
        JdbcDataSource ds = h2();
        assertEquals(2, SchemaMigrations.migrate(ds, getClass().getClassLoader(), "sample"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals("V2__h2_index.sql", one(s, "SELECT \"script\" FROM \"flyway_history_sample\" WHERE \"version\" = '2'"));
            assertEquals("IX_SAMPLE_H2", one(s, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'IX_SAMPLE_H2'"));
        }
        assertEquals(0, SchemaMigrations.migrate(ds, getClass().getClassLoader(), "sample"), "applied once");
    }

    @Test
    void aModuleWithoutScriptsOfItsOwnDatabaseMigratesAsBefore() {
        assertEquals(1, SchemaMigrations.migrate(h2(), getClass().getClassLoader(), "plain"));
    }

    @Test
    void vendorFoldersAreNamedAfterTheProduct() {
        assertEquals("db/vendor/h2/queue", SchemaMigrations.vendorFolder(h2(), "queue"));
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
