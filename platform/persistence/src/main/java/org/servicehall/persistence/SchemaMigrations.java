package org.servicehall.persistence;

import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Per-bundle schema migrations (RECIPES R6): each module keeps its own versioned scripts and its
 * own history table in the shared schema, so a plugin's migrations apply when it is installed
 * and stay when it is removed. Nothing here ever cleans or drops.
 *
 * <p>Scripts in {@code db/migration/<module>} run on every database. A script that only one
 * database understands (a PostgreSQL partial index, say) goes into {@code
 * db/vendor/<postgresql|h2>/<module>} with a version number of its own: the two folders form one
 * version sequence, so a version used there is never used in {@code db/migration/<module>}.
 */
public final class SchemaMigrations {
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private SchemaMigrations() {
    }

    /**
     * Applies the pending scripts of {@code module} found in {@code classpath:db/migration/<module>}
     * through {@code loader}.
     *
     * @return the number of migrations applied now
     */
    public static int migrate(DataSource dataSource, ClassLoader loader, String module) {
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("module name '" + module
                    + "' must be lower-case letters, digits and '_' (it names the table flyway_history_<module>)");
        }
        java.util.List<String> locations = new java.util.ArrayList<>();
        locations.add("classpath:db/migration/" + module);
        String vendor = vendorFolder(dataSource, module);
        if (vendor != null && loader.getResource(vendor) != null) {
            locations.add("classpath:" + vendor);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SchemaMigrations.class.getClassLoader());
        try {
            return Flyway.configure(loader)
                    .dataSource(dataSource)
                    .table("flyway_history_" + module)
                    .locations(locations.toArray(String[]::new))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .cleanDisabled(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new MigrationFailed("schema migration of '" + module + "' failed: " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** {@code db/vendor/<product>/<module>} of the database behind the data source (null: none known). */
    static String vendorFolder(DataSource dataSource, String module) {
        DatabaseKind kind;
        try (java.sql.Connection c = dataSource.getConnection()) {
            kind = DatabaseKind.fromProductName(c.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new MigrationFailed("schema migration of '" + module + "' failed: the database cannot be reached: "
                    + e.getMessage(), e);
        }
        return kind == DatabaseKind.OTHER ? null : "db/vendor/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + module;
    }
}
