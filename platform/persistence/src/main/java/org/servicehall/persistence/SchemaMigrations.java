package org.servicehall.persistence;

import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Per-bundle schema migrations (RECIPES R6): each module keeps its own versioned scripts and its
 * own history table in the shared schema, so a plugin's migrations apply when it is installed
 * and stay when it is removed. Nothing here ever cleans or drops.
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
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SchemaMigrations.class.getClassLoader());
        try {
            return Flyway.configure(loader)
                    .dataSource(dataSource)
                    .table("flyway_history_" + module)
                    .locations("classpath:db/migration/" + module)
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
}
