package org.servicehall.attendance.internal.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.servicehall.attendance.AlertKind;
import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.internal.ClockTime;
import org.servicehall.attendance.internal.LiveAlerts;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.Subscription;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.ui.SitePicker;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The supervisor's live attendance board: today's records per window (who clocked in when, late,
 * away from the post, not yet clocked in) and the staffing alerts that stand now. Changes made on
 * this node are pushed; a poll every five seconds picks up other nodes' changes and alerts.
 */
public final class AttendanceBoardView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient AttendancePosts posts;
    private final transient LiveAlerts liveAlerts;
    private final transient DomainEvents events;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<AttendanceRecord> grid = new Grid<>();
    private final Div alerts = new Div();
    private transient Subscription subscription;

    public AttendanceBoardView(AttendancePosts posts, LiveAlerts liveAlerts, DomainEvents events, Clock clock, SiteService sites) {
        this.posts = posts;
        this.liveAlerts = liveAlerts;
        this.events = events;
        this.sites = sites;
        setId("attendance-board");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("attendance-grid");
        grid.addColumn(AttendanceRecord::windowNumber).setHeader(getTranslation("attendance.window")).setAutoWidth(true);
        grid.addColumn(r -> r.staffName() + " (" + r.staffNumber() + ")").setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        grid.addColumn(r -> r.shiftStart() == null ? "—" : r.shiftStart() + "–" + r.shiftEnd()).setHeader(getTranslation("attendance.shift"))
                .setAutoWidth(true);
        grid.addColumn(r -> time(r.clockIn(), zone(r.siteId()))).setHeader(getTranslation("attendance.clockIn")).setAutoWidth(true);
        grid.addColumn(r -> time(r.clockOut(), zone(r.siteId()))).setHeader(getTranslation("attendance.clockOut")).setAutoWidth(true);
        grid.addColumn(r -> r.clockIn() == null ? getTranslation("attendance.notIn") : getTranslation("attendance.status." + r.status().name()))
                .setHeader(getTranslation("attendance.status")).setAutoWidth(true);
        grid.addColumn(this::postState).setHeader(getTranslation("attendance.post")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        alerts.setId("attendance-alerts");
        add(new H2(getTranslation("attendance.board.title")), picker, new H3(getTranslation("attendance.alerts")), alerts, grid);
        refresh();
    }

    /** To the second, as A2 judges lateness (08:50:00 on time, 08:50:01 late). */
    /** The site's zone (issue 12): its times are shown in it, whatever the server's zone is. */
    private ZoneId zone(long siteId) {
        return sites.clock(siteId).getZone();
    }

    private static String time(Instant i, ZoneId zone) {
        return i == null ? "—" : ClockTime.of(i, zone);
    }

    private String postState(AttendanceRecord r) {
        if (!r.signedIn()) {
            return "";
        }
        Site site = picker.getValue();
        List<Post> here = site == null ? List.of() : posts.posts(site.id());
        return here.stream().filter(p -> p.record().id() == r.id()).findFirst()
                .map(p -> p.leave().map(l -> getTranslation("attendance.away", time(l.leftAt(), zone(site.id())), l.reason()))
                        .orElse(getTranslation("attendance.atPost")))
                .orElse("") + (r.leaves() > 0 ? " · " + getTranslation("attendance.awayTotal", r.awayFromPost().toMinutes()) : "");
    }

    private void refresh() {
        Site site = picker.getValue();
        grid.setItems(site == null ? List.of() : posts.today(site.id()));
        alerts.removeAll();
        if (site != null) {
            List<LiveAlerts.LiveAlert> standing = liveAlerts.standingAlerts(site.id());
            if (standing.isEmpty()) {
                alerts.add(new Div(getTranslation("attendance.noAlerts")));
            }
            for (LiveAlerts.LiveAlert a : standing) {
                Div d = new Div(time(a.raisedAt(), zone(site.id())) + " · " + alertName(a.kind()) + ": " + text(site.id(), a));
                d.getElement().setAttribute("data-kind", a.kind());
                colour(d, a.kind());
                alerts.add(d);
            }
        }
    }

    /**
     * A2-A4: what a core alert is about, in the reader's language, from its window, service and
     * staff member (the rules' own text is English, for logs and events); a plugin's alert as its
     * plugin wrote it.
     */
    private String text(long siteId, LiveAlerts.LiveAlert a) {
        boolean core = Arrays.stream(AlertKind.values()).anyMatch(k -> k.name().equals(a.kind()));
        if (!core) {
            return a.message();
        }
        String staff = a.staffNumber() == null ? "" : sites.staff(siteId).stream().filter(x -> x.staffNumber().equals(a.staffNumber()))
                .map(Staff::name).findFirst().orElse(a.staffNumber());
        String service = a.service() == null ? "" : sites.serviceItems(siteId).stream().filter(i -> i.code().equals(a.service()))
                .map(ServiceItem::name).findFirst().orElse(a.service());
        return getTranslation("attendance.alertText." + a.kind(), staff, a.window() == null ? "" : a.window(), service,
                a.staffNumber() == null ? "" : a.staffNumber());
    }

    /** A service nobody serves and a post left while people wait stand in red, the others in amber; each its own row. */
    private static void colour(Div d, String kind) {
        boolean red = AlertKind.SERVICE_UNSTAFFED.name().equals(kind) || AlertKind.LEFT_POST_WHILE_WAITING.name().equals(kind);
        d.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-weight", "600")
                .set("border-left", "6px solid " + (red ? "var(--lumo-error-color)" : "#d97706"))
                .set("background", red ? "var(--lumo-error-color-10pct)" : "#fef3c7")
                .set("color", red ? "var(--lumo-error-text-color)" : "#92400e");
    }

    /** The core's alert kinds are translated; a plugin's kind shows as it is named. */
    private String alertName(String kind) {
        boolean core = Arrays.stream(AlertKind.values()).anyMatch(k -> k.name().equals(kind));
        return core ? getTranslation("attendance.alert." + kind) : kind;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = events.subscribe(AttendanceEvents.PREFIX, e -> ui.access(this::refresh));
        ui.setPollInterval(5000);
        ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
