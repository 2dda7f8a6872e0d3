package org.servicehall.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManagerFactory;

/**
 * Publishes {@link Database} once the data source named {@code servicehall} (pax-jdbc-config,
 * {@code etc/org.ops4j.datasource-servicehall.cfg}) is up. Switching H2 and PostgreSQL is that
 * file alone: the data source, and with it this component and every unit above it, is replaced.
 */
@Component(service = Database.class, immediate = true)
public final class DatabaseService implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseService.class);

    private final DataSource dataSource;
    private final DatabaseKind kind;
    /** The modules migrated on this data source, by the class loader (bundle revision) holding their scripts. */
    private final Map<ClassLoader, Set<String>> migrated = new WeakHashMap<>();

    @Activate
    public DatabaseService(@Reference(target = "(dataSourceName=servicehall)") DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.kind = DatabaseKind.fromProductName(c.getMetaData().getDatabaseProductName());
            LOG.info("ServiceHall database: {} {} at {}", c.getMetaData().getDatabaseProductName(),
                    c.getMetaData().getDatabaseProductVersion(), c.getMetaData().getURL());
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DatabaseKind kind() {
        return kind;
    }

    /**
     * Once per module and bundle revision on this data source: the components of one bundle that each
     * ask (casework's five areas share its schema) wait for the first and then find it done, instead of
     * running Flyway's validation again each (issue 17). A failed migration is not remembered, so the next
     * activation tries again; a new data source or a new revision of the bundle migrates anew.
     */
    @Override
    public synchronized void migrate(String module, ClassLoader loader) {
        Set<String> done = migrated.computeIfAbsent(loader, l -> new HashSet<>());
        if (done.contains(module)) {
            return;
        }
        long start = System.nanoTime();
        int applied = SchemaMigrations.migrate(dataSource, loader, module);
        done.add(module);
        LOG.info("Schema '{}': {} migration(s) applied in {} ms", module, applied, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public EntityManagerFactory createEntityManagerFactory(String unit, ClassLoader loader) {
        return PersistenceUnits.create(unit, loader, dataSource);
    }
}
