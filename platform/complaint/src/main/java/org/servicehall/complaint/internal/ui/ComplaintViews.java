package org.servicehall.complaint.internal.ui;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvents;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.Rectifications;
import org.servicehall.complaint.internal.CaseUrgency;
import org.servicehall.complaint.internal.RatingPads;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** The complaint area's screens: the rating pad and kiosk complaint page (public), the desk, phone entry and rectification (staff). */
public final class ComplaintViews {
    private ComplaintViews() {
    }

    /** {@code rating?site=DEMO&window=1}: the tablet at a window. */
    @Component(service = ViewContribution.class)
    public static final class Pad extends Screen {
        @Activate
        public Pad(@Reference Ratings ratings, @Reference RatingPads pads, @Reference ComplaintWorkflow complaints,
                @Reference QueueReadModel queue, @Reference SiteService sites) {
            super(new ViewInfo("rating", "menu.ratingPad", "STAR", null, "core", 41), RatingPadView.class,
                    () -> new RatingPadView(ratings, pads, complaints, queue, sites));
        }
    }

    /** {@code complain?site=DEMO}: the complaint page of the hall's kiosk. */
    @Component(service = ViewContribution.class)
    public static final class Kiosk extends Screen {
        @Activate
        public Kiosk(@Reference ComplaintWorkflow complaints, @Reference SiteService sites) {
            super(new ViewInfo("complain", "menu.complainKiosk", "COMMENT", null, "core", 42), ComplaintKioskView.class,
                    () -> new ComplaintKioskView(complaints, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Desk extends Screen {
        @Activate
        public Desk(@Reference ComplaintWorkflow complaints, @Reference ComplaintDeadlines deadlines, @Reference CaseUrgency urgency,
                @Reference DomainEvents events, @Reference SiteService sites) {
            super(new ViewInfo("complaints", "menu.complaints", "COMMENTS", Role.STAFF, "core", 43), ComplaintDeskView.class,
                    () -> new ComplaintDeskView(complaints, deadlines, urgency, events, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class Phone extends Screen {
        @Activate
        public Phone(@Reference ComplaintWorkflow complaints, @Reference SiteService sites) {
            super(new ViewInfo("complaints/phone", "menu.phoneComplaint", "PHONE", Role.STAFF, "core", 44), PhoneComplaintView.class,
                    () -> new PhoneComplaintView(complaints, sites));
        }
    }

    @Component(service = ViewContribution.class)
    public static final class RectificationTasks extends Screen {
        @Activate
        public RectificationTasks(@Reference Rectifications rectifications, @Reference Clock clock,
                @Reference SiteService sites) {
            super(new ViewInfo("complaints/rectifications", "menu.rectifications", "TOOLS", Role.STAFF, "core", 45),
                    RectificationView.class, () -> new RectificationView(rectifications, clock, sites));
        }
    }
}
