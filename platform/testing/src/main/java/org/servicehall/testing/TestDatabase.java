package org.servicehall.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one persistence test: an in-memory H2, or a new schema on the
 * PostgreSQL server (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres},
 * overridable with {@code -Dservicehall.test.pg.url}/{@code .user}/{@code .password}).
 *
 * <p>PostgreSQL tests are skipped when the server cannot be reached, unless
 * {@code -Dservicehall.test.postgres=required} (as in {@code .ci/run}), which turns that into a
 * failure.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final DataSource dataSource;
    private final String schema;

    private TestDatabase(Kind kind, DataSource dataSource, String schema) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** The kinds to run a persistence test on: always H2, and PostgreSQL. */
    public static List<Kind> kinds() {
        return List.of(Kind.H2, Kind.POSTGRESQL);
    }

    public static TestDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    public static TestDatabase h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase(Kind.H2, ds, null);
    }

    public static TestDatabase postgres() {
        String url = System.getProperty("servicehall.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("servicehall.test.pg.user", "postgres");
        String password = System.getProperty("servicehall.test.pg.password", "");
        boolean required = "required".equals(System.getProperty("servicehall.test.postgres"));
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(url);
        admin.setUser(user);
        admin.setPassword(password);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (required) {
                throw new IllegalStateException("PostgreSQL is required for this run but not reachable at " + url, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + url + " (" + e.getMessage() + ")");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setCurrentSchema(schema);
        return new TestDatabase(Kind.POSTGRESQL, ds, schema);
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A pool of connections to this database, as a platform node has (one per call: a second pool is
     * a second node). H2's data source is a source of pooled connections; PostgreSQL's simple one is
     * turned into one with the same address, user and schema.
     */
    public org.h2.jdbcx.JdbcConnectionPool pool(int maxConnections) {
        javax.sql.ConnectionPoolDataSource source;
        if (dataSource instanceof javax.sql.ConnectionPoolDataSource h2) {
            source = h2;
        } else {
            org.postgresql.ds.PGSimpleDataSource simple = (org.postgresql.ds.PGSimpleDataSource) dataSource;
            org.postgresql.ds.PGConnectionPoolDataSource pg = new org.postgresql.ds.PGConnectionPoolDataSource();
            pg.setURL(simple.getURL());
            pg.setUser(simple.getUser());
            pg.setPassword(simple.getPassword());
            pg.setCurrentSchema(simple.getCurrentSchema());
            source = pg;
        }
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(source);
        pool.setMaxConnections(maxConnections);
        return pool;
    }

    /** Runs plain SQL, for checks a test makes outside the code under test. */
    public List<Object[]> query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            List<Object[]> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(kind == Kind.H2 ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database", e);
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
