package org.servicehall.persistence;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one database a ServiceHall node works on (embedded H2 by default, PostgreSQL in
 * production; chosen in {@code etc/org.ops4j.datasource-servicehall.cfg}). A bundle with
 * entities migrates its schema and builds its persistence unit through this service when it
 * activates.
 */
@ProviderType
public interface Database {

    /** The pooled data source shared by all bundles. */
    DataSource dataSource();

    /** Which database product it is, for the few statements that differ (row locking). */
    DatabaseKind kind();

    /**
     * Applies the bundle's pending migrations from {@code db/migration/<module>/} found through
     * {@code loader}, recorded in the history table {@code flyway_history_<module>}; scripts only
     * one database product understands go into {@code db/vendor/<postgresql|h2>/<module>/} with
     * version numbers of their own in the same sequence (since 1.2, see {@link SchemaMigrations}).
     *
     * @throws MigrationFailed naming the script and the database's complaint
     */
    void migrate(String module, ClassLoader loader);

    /**
     * Builds the persistence unit {@code unit} declared in {@code META-INF/persistence.xml} of the
     * bundle whose class loader is given, on the shared data source. The caller closes it.
     */
    EntityManagerFactory createEntityManagerFactory(String unit, ClassLoader loader);
}
