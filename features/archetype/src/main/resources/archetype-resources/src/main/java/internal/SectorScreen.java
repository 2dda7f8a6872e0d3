package ${package}.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/**
 * The sector's screen in the console, in the menu's Sectors group for admins while the plugin
 * runs: its service items with their time limits and due dates on each site's calendar.
 */
@Component(service = ViewContribution.class)
public final class SectorScreen extends Screen {
    static final String PATH = "${sector}/catalogue";

    @Activate
    public SectorScreen(@Reference SiteService sites, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        super(new ViewInfo(PATH, "${sector}.menu.catalogue", "CLIPBOARD_TEXT", Role.ADMIN, Sector.NAME, 600), SectorView.class,
                () -> new SectorView(sites, catalogue, clock));
    }
}
