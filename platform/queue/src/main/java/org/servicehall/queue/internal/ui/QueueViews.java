package org.servicehall.queue.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.Appointments;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.WindowStates;
import org.servicehall.queue.internal.LeftTickets;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.queue.internal.QueueExtensions;
import org.servicehall.queue.internal.ScreenSettings;
import org.servicehall.queue.internal.QueueParts;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The queue's screens: kiosk and display board (public), counter desk (staff), dashboard and screen settings (supervisor). */
public final class QueueViews {
    private QueueViews() {
    }

    @Component(service = ViewContribution.class)
    public static final class Kiosk extends Screen {
        @Activate
        public Kiosk(@Reference TicketLifecycle tickets, @Reference Appointments appointments, @Reference SiteService sites,
                @Reference QueueReadModel reads, @Reference ScreenSettings screens, @Reference Clock clock, @Reference QueueExtensions extensions) {
            super(new ViewInfo("kiosk", "menu.kiosk", "TICKET", null, "core", 10), KioskView.class,
                    () -> new KioskView(tickets, appointments, sites, reads, screens, new ScreenTime(clock), extensions));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class DisplayBoard extends Screen {
        @Activate
        public DisplayBoard(@Reference QueueReadModel reads, @Reference TicketLifecycle tickets, @Reference QueueSettings settings,
                @Reference ScreenSettings screens, @Reference QueueEventBus events, @Reference SiteService sites, @Reference Clock clock) {
            super(new ViewInfo("board", "menu.board", "TV", null, "core", 11), BoardView.class,
                    () -> new BoardView(reads, tickets, settings, screens, events, sites, new ScreenTime(clock)));
        }
    }

    /** Q1, Q7: the hall's settings of its kiosks and boards (notice line, speech rate, how long a new ticket shows). */
    @Component(service = ViewContribution.class)
    public static final class Screens extends Screen {
        @Activate
        public Screens(@Reference ScreenSettings screens, @Reference SiteService sites) {
            super(new ViewInfo("board/settings", "menu.screens", "TV", Role.SUPERVISOR, "core", 31), ScreenSettingsView.class,
                    () -> new ScreenSettingsView(screens, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Desk extends Screen {
        @Activate
        public Desk(@Reference TicketLifecycle tickets, @Reference QueueReadModel reads, @Reference QueueExtensions extensions,
                @Reference QueueEventBus events, @Reference SiteService sites, @Reference QueueParts parts) {
            super(new ViewInfo("desk", "menu.desk", "DESKTOP", Role.STAFF, "core", 20), DeskView.class,
                    () -> new DeskView(tickets, reads, extensions, events, sites, parts::allowedSteps, parts::recallsBeforeNoShow));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Supervisor extends Screen {
        @Activate
        public Supervisor(@Reference QueueReadModel reads, @Reference QueueSettings settings, @Reference WindowStates windows,
                @Reference StandingAlerts alerts, @Reference QueueEventBus events, @Reference SiteService sites,
                @Reference QueueExtensions extensions, @Reference Clock clock, @Reference LeftTickets left) {
            super(new ViewInfo("supervisor", "menu.supervisor", "DASHBOARD", Role.SUPERVISOR, "core", 30), SupervisorView.class,
                    () -> new SupervisorView(reads, settings, windows, alerts, events, sites, extensions, clock, left));
        }
    }
}
