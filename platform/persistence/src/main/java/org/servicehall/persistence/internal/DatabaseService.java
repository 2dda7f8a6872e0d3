package org.servicehall.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

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

    @Override
    public void migrate(String module, ClassLoader loader) {
        long start = System.nanoTime();
        int applied = SchemaMigrations.migrate(dataSource, loader, module);
        LOG.info("Schema '{}': {} migration(s) applied in {} ms", module, applied, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public EntityManagerFactory createEntityManagerFactory(String unit, ClassLoader loader) {
        return PersistenceUnits.create(unit, loader, dataSource);
    }
}
