package org.servicehall.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.servicehall.persistence.MigrationFailed;

/** One module's schema migrated once per data source and bundle revision (issue 17). */
class DatabaseServiceTest {
    @Test
    void aModuleIsMigratedOncePerClassLoaderAndAgainForANewRevision() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseService database = new DatabaseService(ds);
        ClassLoader bundle = getClass().getClassLoader();
        database.migrate("plain", bundle);
        assertEquals(1, historyRows(ds));

        // the history gone behind its back: a second component of the same bundle revision does not run Flyway again
        execute(ds, "DROP TABLE \"flyway_history_plain\"");
        database.migrate("plain", bundle);
        assertThrows(SQLException.class, () -> historyRows(ds), "not migrated again for the same revision");

        // a new revision of the bundle (another class loader over the same scripts) migrates: Flyway baselines the schema anew
        try (URLClassLoader revision = new URLClassLoader(new URL[] {bundle.getResource("db/migration/plain/V1__plain.sql")
                .toURI().resolve("../../..").toURL()}, null)) {
            execute(ds, "DROP TABLE plain_thing");
            database.migrate("plain", revision);
            assertEquals(1, historyRows(ds));
        }
    }

    @Test
    void aFailedMigrationIsTriedAgainByTheNextComponent() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseService database = new DatabaseService(ds);
        execute(ds, "CREATE TABLE plain_thing (id INT PRIMARY KEY)"); // V1 cannot create it
        assertThrows(MigrationFailed.class, () -> database.migrate("plain", getClass().getClassLoader()));
        execute(ds, "DROP TABLE plain_thing");
        execute(ds, "DROP TABLE IF EXISTS \"flyway_history_plain\"");
        database.migrate("plain", getClass().getClassLoader());
        assertEquals(1, historyRows(ds));
    }

    private static int historyRows(JdbcDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_history_plain\" WHERE \"script\" = 'V1__plain.sql'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
