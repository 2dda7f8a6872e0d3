package org.servicehall.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.servicehall.common.PluginSource;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.queue.internal.Queue;
import org.servicehall.security.Actor;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.site.internal.ServiceCatalogueImpl;
import org.servicehall.site.internal.SiteServiceImpl;

import jakarta.persistence.EntityManagerFactory;

/**
 * The platform's services as one node runs them, wired by hand on a data source (no OSGi): the
 * same classes, migrations and SQL as in the distribution.
 */
final class Stack implements AutoCloseable {
    static final List<String> SERVICES = List.of("B-ONE", "B-TWO", "B-THREE", "B-FOUR");

    final Queue queue;
    final Site site;
    final List<Window> windows;
    private final EntityManagerFactory securityUnit;
    private final EntityManagerFactory siteUnit;

    /** A Monday morning in the hall, so issuing is open whatever the time the bench runs (Q8). */
    static Clock hallClock() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock system = Clock.system(zone);
        return Clock.offset(system, Duration.between(system.instant(),
                LocalDateTime.of(2026, 11, 30, 9, 30).atZone(zone).toInstant()));
    }

    Stack(DataSource ds, DatabaseKind kind, int windowCount) throws IOException {
        ClassLoader loader = Stack.class.getClassLoader();
        for (String module : List.of("security", "site", "queue")) {
            SchemaMigrations.migrate(ds, loader, module);
        }
        Clock clock = hallClock();
        securityUnit = PersistenceUnits.create("security", loader, ds);
        siteUnit = PersistenceUnits.create("site", loader, ds);
        SecurityService security = new SecurityService(securityUnit, clock, 1000);
        ServiceCatalogueImpl catalogue = new ServiceCatalogueImpl();
        Path file = Files.createTempFile("bench-catalogue", ".properties");
        StringBuilder items = new StringBuilder();
        String[] prefixes = { "A", "B", "C", "D" };
        for (int i = 0; i < SERVICES.size(); i++) {
            String code = SERVICES.get(i);
            items.append(code).append(".name = Bench service ").append(i + 1).append('\n')
                    .append(code).append(".prefix = ").append(prefixes[i]).append('\n')
                    .append(code).append(".timeLimit = ON_THE_SPOT\n");
        }
        Files.writeString(file, items, StandardCharsets.UTF_8);
        catalogue.added(new PluginSource(1, "bench", "1.0.0", "bench"), List.of(file.toUri().toURL()));
        SiteServiceImpl sites = SiteServiceImpl.onUnit(siteUnit, catalogue, security, security, clock);
        site = sites.createSite(Actor.SYSTEM, new SiteDraft("BENCH", "Bench hall", null, LocalTime.of(0, 0), LocalTime.of(23, 59)));
        for (String code : SERVICES) {
            sites.adoptCatalogueItem(Actor.SYSTEM, site.id(), code, null);
        }
        windows = new ArrayList<>();
        for (int w = 1; w <= windowCount; w++) {
            windows.add(sites.createWindow(Actor.SYSTEM, site.id(), new WindowDraft(w, "Window " + w, Set.copyOf(SERVICES))));
        }
        queue = Queue.onDataSource(ds, kind, sites, security, clock, Queue.Settings.DEFAULTS, List::of, List::of, change -> { });
    }

    @Override
    public void close() {
        queue.close();
        siteUnit.close();
        securityUnit.close();
    }
}
