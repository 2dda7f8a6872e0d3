package org.servicehall.web.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.internal.FigureRegistry;
import org.servicehall.web.internal.PluginManager;

/** The console's own screens, contributed through the same whiteboard as plugins' screens. */
public final class CoreViews {
    private CoreViews() {
    }

    /** The home page with the areas' live figures (issue 12); it needs no view registry, so no reference cycle (issue 10 item 6). */
    @Component(service = ViewContribution.class)
    public static final class Home extends Screen {
        @Activate
        public Home(@Reference FigureRegistry figures) {
            super(new ViewInfo("", "menu.home", "HOME", Role.STAFF, "core", 0), HomeView.class, () -> new HomeView(figures));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Plugins extends Screen {
        @Activate
        public Plugins(@Reference PluginManager plugins) {
            super(new ViewInfo("plugins", "menu.plugins", "PLUG", Role.ADMIN, "core", 900), PluginsView.class,
                    () -> new PluginsView(plugins));
        }
    }
}
