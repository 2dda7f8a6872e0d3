package org.servicehall.queue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import org.h2.jdbcx.JdbcConnectionPool;
import org.servicehall.common.PluginSource;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.site.internal.ServiceCatalogueImpl;
import org.servicehall.site.internal.SiteServiceImpl;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

/**
 * The queue's real collaborators on a fresh test database (as the site module's persistence test
 * builds them): the security, site and queue schemas migrated, the real security service as audit
 * log, the real site service and a real catalogue fed a tax-hall catalogue file.
 */
final class QueueFixture implements AutoCloseable {
    static final PluginSource TAX = new PluginSource(41, "org.servicehall.sector.taxhall", "1.0.0", "tax-hall");
    static final String TAX_CATALOGUE = """
            TX-REG-SETUP.name      = Tax registration: set-up
            TX-REG-SETUP.name.zh   = 税务登记（设立）
            TX-REG-SETUP.prefix    = T
            TX-REG-SETUP.timeLimit = LEGAL:10
            TX-REG-SETUP.order     = 10
            """;

    final TestDatabase db;
    final JdbcConnectionPool pool;
    final MutableClock clock;
    final EntityManagerFactory securityEmf;
    final EntityManagerFactory siteEmf;
    final SecurityService security;
    final ServiceCatalogueImpl catalogue;
    final SiteServiceImpl sites;
    final URL taxCatalogue;
    private final Path catalogueFile;

    private QueueFixture(TestDatabase db, MutableClock clock) {
        this.db = db;
        this.clock = clock;
        this.pool = newPool(20);
        ClassLoader loader = getClass().getClassLoader();
        SchemaMigrations.migrate(pool, loader, "security");
        SchemaMigrations.migrate(pool, loader, "site");
        SchemaMigrations.migrate(pool, loader, "queue");
        securityEmf = PersistenceUnits.create("security", loader, pool);
        siteEmf = PersistenceUnits.create("site", loader, pool);
        security = new SecurityService(securityEmf, clock, 1_000);
        try {
            catalogueFile = Files.createTempFile("tax", ".properties");
            Files.writeString(catalogueFile, TAX_CATALOGUE, StandardCharsets.UTF_8);
            taxCatalogue = catalogueFile.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalogue = new ServiceCatalogueImpl();
        catalogue.added(TAX, List.of(taxCatalogue));
        sites = SiteServiceImpl.onUnit(siteEmf, catalogue, security, security, clock);
    }

    /** Skips the test (via TestDatabase) when PostgreSQL is asked for and not reachable. */
    static QueueFixture start(TestDatabase.Kind kind, MutableClock clock) {
        TestDatabase db = TestDatabase.create(kind);
        try {
            return new QueueFixture(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    DatabaseKind kind() {
        return db.kind() == TestDatabase.Kind.H2 ? DatabaseKind.H2 : DatabaseKind.POSTGRESQL;
    }

    /** Another pool on the same database (as a second platform node would have). */
    JdbcConnectionPool newPool(int maxConnections) {
        return db.pool(maxConnections);
    }

    /** A number from plain SQL, outside the code under test. */
    long count(String sqlFromWhere) {
        return ((Number) db.query("SELECT COUNT(*) FROM " + sqlFromWhere).get(0)[0]).longValue();
    }

    @Override
    public void close() {
        siteEmf.close();
        securityEmf.close();
        pool.dispose();
        db.close();
        try {
            Files.deleteIfExists(catalogueFile);
        } catch (IOException e) {
            // a temp file: the OS cleans up
        }
    }
}
