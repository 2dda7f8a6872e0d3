package org.servicehall.attendance.internal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.internal.Attendance;
import org.servicehall.attendance.internal.AttendanceComponent;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
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

    private final transient AttendanceComponent attendance;
    private final SitePicker picker;
    private final Grid<AttendanceRecord> grid = new Grid<>();
    private final Div alerts = new Div();
    private transient AutoCloseable subscription;

    public AttendanceBoardView(AttendanceComponent attendance, SiteService sites) {
        this.attendance = attendance;
        setId("attendance-board");
        picker = new SitePicker(sites, s -> refresh());
        ZoneId zone = attendance.clock().getZone();
        grid.setId("attendance-grid");
        grid.addColumn(AttendanceRecord::windowNumber).setHeader(getTranslation("attendance.window")).setAutoWidth(true);
        grid.addColumn(r -> r.staffName() + " (" + r.staffNumber() + ")").setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        grid.addColumn(r -> r.shiftStart() == null ? "—" : r.shiftStart() + "–" + r.shiftEnd()).setHeader(getTranslation("attendance.shift"))
                .setAutoWidth(true);
        grid.addColumn(r -> time(r.clockIn(), zone)).setHeader(getTranslation("attendance.clockIn")).setAutoWidth(true);
        grid.addColumn(r -> time(r.clockOut(), zone)).setHeader(getTranslation("attendance.clockOut")).setAutoWidth(true);
        grid.addColumn(r -> r.clockIn() == null ? getTranslation("attendance.notIn") : getTranslation("attendance.status." + r.status().name()))
                .setHeader(getTranslation("attendance.status")).setAutoWidth(true);
        grid.addColumn(this::postState).setHeader(getTranslation("attendance.post")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        alerts.setId("attendance-alerts");
        add(new H2(getTranslation("attendance.board.title")), picker, new H3(getTranslation("attendance.alerts")), alerts, grid);
        refresh();
    }

    /** To the second, as A2 judges lateness (08:50:00 on time, 08:50:01 late). */
    private static String time(Instant i, ZoneId zone) {
        return i == null ? "—" : Attendance.clockTime(i, zone);
    }

    private String postState(AttendanceRecord r) {
        if (!r.signedIn()) {
            return "";
        }
        Site site = picker.getValue();
        List<Post> posts = site == null ? List.of() : attendance.posts(site.id());
        return posts.stream().filter(p -> p.record().id() == r.id()).findFirst()
                .map(p -> p.leave().map(l -> getTranslation("attendance.away", time(l.leftAt(), attendance.clock().getZone()), l.reason()))
                        .orElse(getTranslation("attendance.atPost")))
                .orElse("") + (r.leaves() > 0 ? " · " + getTranslation("attendance.awayTotal", r.awayFromPost().toMinutes()) : "");
    }

    private void refresh() {
        Site site = picker.getValue();
        grid.setItems(site == null ? List.of() : attendance.today(site.id()));
        alerts.removeAll();
        if (site != null) {
            List<AttendanceComponent.LiveAlert> standing = attendance.standingAlerts(site.id());
            if (standing.isEmpty()) {
                alerts.add(new Div(getTranslation("attendance.noAlerts")));
            }
            for (AttendanceComponent.LiveAlert a : standing) {
                Div d = new Div(time(a.raisedAt(), attendance.clock().getZone()) + " · " + alertName(a.kind())
                        + ": " + a.message());
                d.getStyle().set("color", "var(--lumo-error-text-color)");
                alerts.add(d);
            }
        }
    }

    /** The core's alert kinds are translated; a plugin's kind shows as it is named. */
    private String alertName(String kind) {
        boolean core = java.util.Arrays.stream(org.servicehall.attendance.AlertKind.values()).anyMatch(k -> k.name().equals(kind));
        return core ? getTranslation("attendance.alert." + kind) : kind;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = attendance.addListener(() -> ui.access(this::refresh));
        ui.setPollInterval(5000);
        ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            // removing a listener from a list does not fail
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
