package org.servicehall.site.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.security.Actor;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo hall a newcomer sees on first start: one site with a tax counter, hospital windows and an
 * administrative-centre counter. The windows are created at once; each sector's catalogue items
 * are adopted and put on their windows when that sector's plugin first runs. Turned off with
 * {@code demo=false} in {@code etc/org.servicehall.demo.cfg}.
 */
@Component(immediate = true, configurationPid = "org.servicehall.demo")
@Designate(ocd = DemoSite.Config.class)
public final class DemoSite {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
    static final String CODE = "DEMO";
    /** The demo hall is a Chinese hall: its hours and dates are Beijing time on any server. */
    static final ZoneId DEMO_ZONE = ZoneId.of("Asia/Shanghai");

    @ObjectClassDefinition(name = "ServiceHall demo hall")
    public @interface Config {
        @AttributeDefinition(description = "Create and fill the demo hall when the database has no site")
        boolean demo() default true;
    }

    /** Window number → (name, sector, service codes it serves; empty = every item of the sector). */
    record DemoWindow(int number, String name, String sector, Set<String> codes) {
    }

    static final List<DemoWindow> WINDOWS = List.of(
            new DemoWindow(1, "办税服务窗口 Tax counter", "tax-hall", Set.of()),
            // the guide desk's first contact (H1) is at registration, so every hospital service has a window
            new DemoWindow(2, "导医挂号收费 Guide, registration & payment", "hospital", Set.of("H-GUIDE", "H-REG", "H-PAY")),
            new DemoWindow(3, "药房 Pharmacy", "hospital", Set.of("H-PHARM")),
            new DemoWindow(4, "检验 Laboratory", "hospital", Set.of("H-LAB")),
            new DemoWindow(5, "放射 Radiology", "hospital", Set.of("H-RAD")),
            new DemoWindow(6, "一窗受理 One-window acceptance", "admin-center", Set.of()));

    /** The demo hall's staff, D001 to D006. */
    static final List<String> DEMO_STAFF = List.of("李明", "王芳", "张伟", "刘洋", "陈静", "赵磊");

    private final SiteService sites;
    private final ServiceCatalogue catalogue;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "servicehall-demo"));
    private AutoCloseable subscription;

    @Activate
    public DemoSite(Config config, @Reference SiteService sites, @Reference ServiceCatalogue catalogue) {
        this.sites = sites;
        this.catalogue = catalogue;
        if (!config.demo()) {
            return;
        }
        if (sites.sites().isEmpty()) {
            Site site = sites.createSite(Actor.SYSTEM, new SiteDraft(CODE, "演示服务大厅 Demo Service Hall",
                    "1 Example Road", LocalTime.of(9, 0), LocalTime.of(17, 0), DEMO_ZONE));
            for (DemoWindow w : WINDOWS) {
                sites.createWindow(Actor.SYSTEM, site.id(), new WindowDraft(w.number(), w.name(), Set.of()));
            }
            // one staff member per window; their accounts have no password until an admin sets one to hand them over,
            // and until then a supervisor clocks them in at the desk (A2, A4)
            for (int i = 0; i < DEMO_STAFF.size(); i++) {
                sites.createStaff(Actor.SYSTEM, site.id(), new StaffDraft(String.format("D%03d", i + 1), DEMO_STAFF.get(i),
                        java.util.EnumSet.of(org.servicehall.security.Role.STAFF), true), null);
            }
            LOG.info("Demo hall '{}' created with {} windows and {} staff members", CODE, WINDOWS.size(), DEMO_STAFF.size());
        }
        subscription = catalogue.onChange(() -> worker.execute(this::fill));
        worker.execute(this::fill);
    }

    @Deactivate
    void deactivate() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdown();
    }

    /** Adopts the items of sectors the demo hall has never had, and puts them on their windows. */
    void fill() {
        try {
            Site site = sites.siteByCode(CODE).orElse(null);
            if (site == null) {
                return;
            }
            Set<String> sectorsPresent = new LinkedHashSet<>();
            sites.serviceItems(site.id()).forEach(i -> sectorsPresent.add(i.sector()));
            for (String sector : catalogue.sectors()) {
                if (sectorsPresent.contains(sector)) {
                    continue;
                }
                Map<String, ServiceItem> adopted = new java.util.LinkedHashMap<>();
                for (CatalogueItem item : catalogue.items(sector)) {
                    adopted.put(item.code(), sites.adoptCatalogueItem(Actor.SYSTEM, site.id(), item.code(), null));
                }
                for (DemoWindow dw : WINDOWS) {
                    if (!dw.sector().equals(sector)) {
                        continue;
                    }
                    Window window = sites.windows(site.id()).stream().filter(w -> w.number() == dw.number()).findFirst().orElse(null);
                    if (window == null) {
                        continue;
                    }
                    Set<String> codes = new LinkedHashSet<>(window.serviceCodes());
                    adopted.keySet().stream().filter(c -> dw.codes().isEmpty() || dw.codes().contains(c)).forEach(codes::add);
                    sites.updateWindow(Actor.SYSTEM, window.id(), new WindowDraft(window.number(), window.name(), codes));
                }
                LOG.info("Demo hall: {} service item(s) of sector '{}' adopted", adopted.size(), sector);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo hall could not be filled: {}", e.getMessage(), e);
        }
    }
}
