package org.servicehall.casework.notice.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.notice.OneTimeNotices;
import org.servicehall.casework.notice.internal.NoticeLinks;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** T4: the one-time notice's print page at the counter. */
@Component(service = ViewContribution.class)
public final class NoticeScreens extends Screen {
    @Activate
    public NoticeScreens(@Reference OneTimeNotices notices, @Reference SiteService sites, @Reference NoticeLinks links) {
        super(new ViewInfo("casework/notice", "casework.records.menu.notice", "PRINT", Role.STAFF, "core", 182), NoticePrintView.class,
                () -> new NoticePrintView(notices, sites, links));
    }
}
