package org.servicehall.queue.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.internal.QueueComponent;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

import com.vaadin.flow.component.Component;

/** The queue's screens: kiosk and display board (public), counter desk (staff), dashboard (supervisor). */
public final class QueueViews {
    private QueueViews() {
    }

    /** Shared wiring of the four contributions. */
    abstract static class Base implements ViewContribution {
        final QueueComponent queue;
        final SiteService sites;

        Base(QueueComponent queue, SiteService sites) {
            this.queue = queue;
            this.sites = sites;
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Kiosk extends Base {
        @Activate
        public Kiosk(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(queue, sites);
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("kiosk", "menu.kiosk", "TICKET", null, "core", 10);
        }

        @Override
        public Class<? extends Component> viewType() {
            return KioskView.class;
        }

        @Override
        public Component createView() {
            return new KioskView(queue, sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class DisplayBoard extends Base {
        @Activate
        public DisplayBoard(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(queue, sites);
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("board", "menu.board", "TV", null, "core", 11);
        }

        @Override
        public Class<? extends Component> viewType() {
            return BoardView.class;
        }

        @Override
        public Component createView() {
            return new BoardView(queue, sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Desk extends Base {
        @Activate
        public Desk(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(queue, sites);
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("desk", "menu.desk", "DESKTOP", Role.STAFF, "core", 20);
        }

        @Override
        public Class<? extends Component> viewType() {
            return DeskView.class;
        }

        @Override
        public Component createView() {
            return new DeskView(queue, sites);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Supervisor extends Base {
        @Activate
        public Supervisor(@Reference QueueComponent queue, @Reference SiteService sites) {
            super(queue, sites);
        }

        @Override
        public ViewInfo info() {
            return new ViewInfo("supervisor", "menu.supervisor", "DASHBOARD", Role.SUPERVISOR, "core", 30);
        }

        @Override
        public Class<? extends Component> viewType() {
            return SupervisorView.class;
        }

        @Override
        public Component createView() {
            return new SupervisorView(queue, sites);
        }
    }
}
