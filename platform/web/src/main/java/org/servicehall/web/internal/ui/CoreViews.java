package org.servicehall.web.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.internal.PluginManager;
import org.servicehall.web.internal.ViewRegistry;

import com.vaadin.flow.component.Component;

/** The console's own screens, contributed through the same whiteboard as plugins' screens. */
public final class CoreViews {
    private CoreViews() {
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Home implements ViewContribution {
        private final ViewRegistry registry;

        @Activate
        public Home(@Reference ViewRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("", "menu.home", "HOME", Role.STAFF, "core", 0);
        }

        @Override
        public Class<? extends Component> viewType() {
            return HomeView.class;
        }

        @Override
        public Component createView() {
            return new HomeView(registry);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Plugins implements ViewContribution {
        private final PluginManager plugins;

        @Activate
        public Plugins(@Reference PluginManager plugins) {
            this.plugins = plugins;
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("plugins", "menu.plugins", "PLUG", Role.ADMIN, "core", 900);
        }

        @Override
        public Class<? extends Component> viewType() {
            return PluginsView.class;
        }

        @Override
        public Component createView() {
            return new PluginsView(plugins);
        }
    }
}
