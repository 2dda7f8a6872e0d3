package org.servicehall.web.internal.ui;

import java.util.function.Supplier;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.internal.PluginManager;
import org.servicehall.web.internal.ViewRegistry;

/** The console's own screens, contributed through the same whiteboard as plugins' screens. */
public final class CoreViews {
    private CoreViews() {
    }

    /**
     * The registry binds every screen, this one included, so this screen takes the registry only
     * when a page is opened ({@link ComponentServiceObjects}), never while the registry is being
     * activated: no reference cycle (issue 10 item 6).
     */
    @Component(service = ViewContribution.class)
    public static final class Home extends Screen {
        @Activate
        public Home(@Reference ComponentServiceObjects<ViewRegistry> registry) {
            super(new ViewInfo("", "menu.home", "HOME", Role.STAFF, "core", 0), HomeView.class, new Supplier<>() {
                private volatile ViewRegistry views;

                @Override
                public HomeView get() {
                    ViewRegistry v = views;
                    if (v == null) {
                        v = registry.getService();
                        views = v;
                    }
                    return new HomeView(v);
                }
            });
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
