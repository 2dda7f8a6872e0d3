package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.testing.Distribution;

/**
 * Issue "switch to PostgreSQL by editing one config file": the distribution, with only
 * {@code etc/org.ops4j.datasource-servicehall.cfg} pointed at a fresh PostgreSQL database, creates
 * the same data model there and serves the demo hall from it.
 */
class PostgresDistributionIT {
    private static final String SERVER = System.getProperty("servicehall.test.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("servicehall.test.pg.user", "postgres");

    @TempDir
    Path work;

    @Test
    void theSameDistributionRunsOnPostgresqlByEditingOneFile() throws Exception {
        String db = "servicehall_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            if ("required".equals(System.getProperty("servicehall.test.postgres"))) {
                throw new IllegalStateException("PostgreSQL is required for this run but not reachable at " + SERVER, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        try {
            Map<String, String> datasource = Map.of(
                    "osgi.jdbc.driver.class", "org.postgresql.Driver",
                    "url", SERVER + db,
                    "user", USER,
                    "password", "");
            try (Distribution hall = Distribution.start(work.resolve("hall"), "Postgres-Test-Pass-3",
                    Map.of("org.ops4j.datasource-servicehall.cfg", datasource))) {
                System.out.println("MEASURE distribution start on PostgreSQL -> console answers: " + hall.startup().toMillis() + " ms");
                assertTrue(hall.get("/api/v1/sites").contains("\"code\":\"DEMO\""));
                long deadline = System.currentTimeMillis() + 30_000;
                while (!hall.get("/api/v1/sites/DEMO/service-items").contains("TX-VAT-GENERAL") && System.currentTimeMillis() < deadline) {
                    Thread.sleep(200);
                }
                assertTrue(hall.get("/api/v1/sites/DEMO/service-items").contains("TX-VAT-GENERAL"));
                // the queue bundle migrates its own schema when it starts, which can be after the site's
                // API answers: wait for the queue's public API before the node is stopped and its tables read
                while (hall.status("/api/v1/queue/sites/DEMO/services") != 200 && System.currentTimeMillis() < deadline + 30_000) {
                    Thread.sleep(200);
                }
                assertEquals(200, hall.status("/api/v1/queue/sites/DEMO/services"), "the queue's API answers on PostgreSQL");
            }
            try (Connection c = DriverManager.getConnection(SERVER + db, USER, ""); Statement s = c.createStatement()) {
                assertEquals(1, count(s, "SELECT count(*) FROM sh_site WHERE code = 'DEMO'"));
                assertEquals(6, count(s, "SELECT count(*) FROM sh_window"));
                assertEquals(1, count(s, "SELECT count(*) FROM sh_account WHERE username = 'admin'"));
                assertTrue(count(s, "SELECT count(*) FROM sh_audit_log") >= 7, "every change was audited");
                assertEquals(1, count(s, "SELECT count(*) FROM flyway_history_site WHERE success AND version = '1'"));
                assertEquals(1, count(s, "SELECT count(*) FROM flyway_history_security WHERE success AND version = '1'"));
                // the queue's PostgreSQL-only script (db/vendor/postgresql/queue) was found inside the bundle and applied
                assertEquals(1, count(s, "SELECT count(*) FROM flyway_history_queue WHERE success AND version = '6'"));
                assertEquals(1, count(s, "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_ticket_waiting' "
                        + "AND indexdef LIKE '%WHERE%WAITING%'"));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
