package org.servicehall.web.internal.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings of every console page: server push for live menus and boards. */
@Push
public final class AppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ServiceHall");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
