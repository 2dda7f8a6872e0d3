package org.servicehall.attendance.internal.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.internal.ClockTime;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.DeskSection;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;
import org.servicehall.web.Console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A2/A3 at the counter desk: the staff member clocks in at the desk's window, leaves the post with
 * a reason and returns, and clocks out. While they are away the desk's calls are refused by the
 * attendance call guard, with the reason.
 */
@org.osgi.service.component.annotations.Component(service = DeskSection.class, property = "service.ranking:Integer=100")
public final class PostSection implements DeskSection {
    private final AttendancePosts posts;
    private final Clock clock;
    private final SiteService sites;

    @Activate
    public PostSection(@Reference AttendancePosts posts, @Reference Clock clock, @Reference SiteService sites) {
        this.posts = posts;
        this.clock = clock;
        this.sites = sites;
    }

    @Override
    public Component create(long siteId, Window window, Runnable deskChanged) {
        return create(siteId, window, new DeskSection.Desk() {
            @Override
            public void changed() {
                deskChanged.run();
            }

            @Override
            public void beforeLeaving(Runnable leave) {
                leave.run();
            }
        });
    }

    /** A3: leaving the post and clocking out ask the desk first what happens to a ticket still at the window. */
    @Override
    public Component create(long siteId, Window window, DeskSection.Desk desk) {
        return new Panel(posts, sites.clock(siteId).getZone(), sites, siteId, window, desk); // the site's zone (issue 12)
    }

    /** The section itself: one per desk page and window. */
    static final class Panel extends HorizontalLayout {
        private static final long serialVersionUID = 1L;

        private final transient AttendancePosts attendance;
        private final ZoneId zone;
        private final long siteId;
        private final Window window;
        private final transient DeskSection.Desk desk;
        /** The signed-in account's own staff number at this site, or null (an admin or supervisor). */
        private final String ownNumber;
        private final boolean supervisor;
        private final ComboBox<Staff> forStaff = new ComboBox<>();
        private final Span state = new Span();
        private final Button clockIn = new Button();
        private final Button clockOut = new Button();
        private final TextField reason = new TextField();
        private final Button leave = new Button();
        private final Button back = new Button();

        Panel(AttendancePosts attendance, ZoneId zone, SiteService sites, long siteId, Window window, DeskSection.Desk desk) {
            this.attendance = attendance;
            this.zone = zone;
            this.siteId = siteId;
            this.window = window;
            this.desk = desk;
            this.ownNumber = attendance.staffNumberOf(siteId, Console.actor().username()).orElse(null);
            this.supervisor = Console.actor().has(Role.SUPERVISOR);
            // a supervisor (or the admin of a demo) clocks a staff member in at this window on their behalf
            forStaff.setId("post-staff");
            forStaff.setPlaceholder(getTranslation("post.forStaff"));
            forStaff.setItemLabelGenerator(s -> s.staffNumber() + " " + s.name());
            forStaff.setItems(sites.staff(siteId).stream().filter(Staff::active).toList());
            setId("post-section");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            state.setId("post-state");
            state.getStyle().set("font-weight", "bold");
            setUp(clockIn, "post-clock-in", "post.clockIn", ButtonVariant.LUMO_PRIMARY,
                    () -> attendance.clockIn(Console.actor(), siteId, clockInFor(), window.number()));
            setUpLeaving(clockOut, "post-clock-out", "post.clockOut", ButtonVariant.LUMO_CONTRAST,
                    () -> attendance.clockOut(Console.actor(), siteId, atWindow()));
            reason.setId("post-reason");
            reason.setPlaceholder(getTranslation("post.reason"));
            reason.setMaxLength(200);
            setUpLeaving(leave, "post-leave", "post.leave", ButtonVariant.LUMO_ERROR, () -> {
                attendance.leavePost(Console.actor(), siteId, atWindow(), reason.getValue());
                reason.clear();
            });
            setUp(back, "post-return", "post.return", ButtonVariant.LUMO_SUCCESS,
                    () -> attendance.returnToPost(Console.actor(), siteId, atWindow()));
            add(state, forStaff, clockIn, reason, leave, back, clockOut);
            refresh();
        }

        private void setUp(Button b, String id, String key, ButtonVariant variant, Runnable action) {
            b.setId(id);
            b.setText(getTranslation(key));
            b.addThemeVariants(variant);
            b.addClickListener(e -> act(action));
        }

        /** A3: leaving the post or clocking out, after the desk settled a ticket still at the window. */
        private void setUpLeaving(Button b, String id, String key, ButtonVariant variant, Runnable action) {
            b.setId(id);
            b.setText(getTranslation(key));
            b.addThemeVariants(variant);
            b.addClickListener(e -> desk.beforeLeaving(() -> act(action)));
        }

        private void act(Runnable action) {
            if (Console.attempt(action, Map.of("reason", reason, "staffNumber", forStaff))) {
                refresh();
                desk.changed();
            }
        }

        /** Whom a clock-in is for: oneself, or the staff member a supervisor picked. */
        private String clockInFor() {
            if (ownNumber != null) {
                return ownNumber;
            }
            if (forStaff.getValue() == null) {
                throw ValidationException.of("staffNumber", getTranslation("post.pickStaff"));
            }
            return forStaff.getValue().staffNumber();
        }

        /** Who is signed in at this window (for clock-out, leave and return). */
        private String atWindow() {
            return attendance.post(siteId, window.number()).map(p -> p.record().staffNumber())
                    .orElseThrow(() -> new HallException(getTranslation("post.nobody", window.number())));
        }

        private void refresh() {
            Optional<Post> here = attendance.post(siteId, window.number());
            forStaff.setVisible(ownNumber == null && supervisor && here.isEmpty());
            if (ownNumber == null && !supervisor) {
                state.setText(getTranslation("post.notStaff"));
                clockIn.setVisible(false);
                clockOut.setVisible(false);
                reason.setVisible(false);
                leave.setVisible(false);
                back.setVisible(false);
                return;
            }
            // staff act on their own post; a supervisor on whoever staffs this window
            boolean mine = here.isPresent() && (supervisor || here.get().record().staffNumber().equals(ownNumber));
            boolean away = mine && here.get().leave().isPresent();
            if (here.isEmpty()) {
                state.setText(getTranslation("post.nobody", window.number()));
            } else if (!mine) {
                state.setText(getTranslation("post.other", here.get().record().staffName(), here.get().record().staffNumber()));
            } else if (away) {
                LeavePost l = here.get().leave().get();
                state.setText(getTranslation("post.away", ClockTime.of(l.leftAt(), zone), l.reason()));
            } else {
                state.setText(getTranslation("post.in", here.get().record().staffName(),
                        ClockTime.of(here.get().record().clockIn(), zone),
                        getTranslation("attendance.status." + here.get().record().status().name())));
            }
            clockIn.setVisible(here.isEmpty());
            clockOut.setVisible(mine);
            reason.setVisible(mine && !away);
            leave.setVisible(mine && !away);
            back.setVisible(away);
        }
    }
}
