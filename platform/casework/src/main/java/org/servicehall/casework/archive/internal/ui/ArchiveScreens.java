package org.servicehall.casework.archive.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.archive.Archive;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** T6: the archive screen. */
@Component(service = ViewContribution.class)
public final class ArchiveScreens extends Screen {
    @Activate
    public ArchiveScreens(@Reference Archive archive, @Reference SiteService sites) {
        super(new ViewInfo("casework/archive", "casework.records.menu.archive", "ARCHIVE", Role.STAFF, "core", 184), ArchiveView.class,
                () -> new ArchiveView(archive, sites));
    }
}
