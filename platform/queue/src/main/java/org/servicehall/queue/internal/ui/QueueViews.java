package org.servicehall.queue.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.internal.QueueComponent;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The queue's screens: kiosk and display board (public), counter desk (staff), dashboard (supervisor). */
public final class QueueViews {
    private QueueViews() {
    }

    @Component(service = ViewContribution.class)
    public static final class Kiosk extends Screen {
        @Activate
        public Kiosk(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(new ViewInfo("kiosk", "menu.kiosk", "TICKET", null, "core", 10), KioskView.class, () -> new KioskView(queue, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class DisplayBoard extends Screen {
        @Activate
        public DisplayBoard(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(new ViewInfo("board", "menu.board", "TV", null, "core", 11), BoardView.class, () -> new BoardView(queue, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Desk extends Screen {
        @Activate
        public Desk(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(new ViewInfo("desk", "menu.desk", "DESKTOP", Role.STAFF, "core", 20), DeskView.class, () -> new DeskView(queue, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Supervisor extends Screen {
        @Activate
        public Supervisor(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(new ViewInfo("supervisor", "menu.supervisor", "DASHBOARD", Role.SUPERVISOR, "core", 30), SupervisorView.class,
                    () -> new SupervisorView(queue, sites));
        }
    }
}
