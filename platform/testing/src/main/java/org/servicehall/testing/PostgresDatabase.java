package org.servicehall.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database of its own for distribution tests (several nodes, outages, backups):
 * created on the test server ({@code -Dservicehall.test.pg.server}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code postgres}) and dropped on close. Skipped
 * when the server cannot be reached, unless {@code -Dservicehall.test.postgres=required}.
 */
public final class PostgresDatabase implements AutoCloseable {
    public static final String DATASOURCE_CFG = "org.ops4j.datasource-servicehall.cfg";
    private static final String SERVER = System.getProperty("servicehall.test.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("servicehall.test.pg.user", "postgres");
    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    public static PostgresDatabase create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("required".equals(System.getProperty("servicehall.test.postgres"))) {
                throw new IllegalStateException("PostgreSQL is required for this run but not reachable at " + SERVER, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        return new PostgresDatabase(name);
    }

    public String name() {
        return name;
    }

    /** {@code jdbc:postgresql://host:port/name}. */
    public String url() {
        return SERVER + name;
    }

    /** host and port of the server, as in {@code 127.0.0.1:5432}. */
    public static String serverAddress() {
        return SERVER.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
    }

    public static String user() {
        return USER;
    }

    /** The distribution's data source settings for this database, reached at {@code url}. */
    public Map<String, String> dataSource(String url) {
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("osgi.jdbc.driver.class", "org.postgresql.Driver");
        cfg.put("url", url);
        cfg.put("user", USER);
        cfg.put("password", "");
        return cfg;
    }

    /** The distribution's data source settings for this database. */
    public Map<String, String> dataSource() {
        return dataSource(url());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
