package org.servicehall.queue.internal.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.QueueSettings.Thresholds;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.queue.WindowStates;
import org.servicehall.queue.internal.LeftTickets;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.queue.internal.QueueExtensions;
import org.servicehall.queue.internal.WindowClosing;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The supervisor's dashboard: live figures per service and window (Q10), opening and closing
 * windows (Q11) and the queue's alerts that stand (Q3, Q4), read from the database when the page
 * opens and on every change (this node's at once, other nodes' within the poll).
 */
public final class SupervisorView extends LiveView {
    private static final long serialVersionUID = 1L;

    private final SitePicker site;
    private final Grid<QueueStats.ServiceStats> services = new Grid<>();
    private final Grid<QueueStats.WindowStats> windows = new Grid<>();
    /** Issue 17: tickets left called or served at a window, to return to the queue or close. */
    private final Grid<LeftTickets.LeftTicket> left = new Grid<>();
    private final H3 leftTitle = new H3();
    private final transient LeftTickets leftTickets;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final transient QueueReadModel queue;
    private final transient QueueSettings settings;
    private final transient WindowStates windowStates;
    private final transient StandingAlerts standingAlerts;
    private final transient SiteService sites;
    private final transient QueueExtensions extensions;
    private final transient Clock clock;
    private final Div alerts = new Div();
    private final Checkbox english = new Checkbox();

    public SupervisorView(QueueReadModel queue, QueueSettings settings, WindowStates windowStates, StandingAlerts standingAlerts,
            QueueEventBus events, SiteService sites, QueueExtensions extensions, Clock clock, LeftTickets leftTickets) {
        super(events);
        this.leftTickets = leftTickets;
        this.queue = queue;
        this.settings = settings;
        this.windowStates = windowStates;
        this.standingAlerts = standingAlerts;
        this.sites = sites;
        this.extensions = extensions;
        this.clock = clock;
        setId("supervisor");
        site = new SitePicker(sites, s -> refresh());
        services.setId("supervisor-services");
        // issue 12: at 1366 px the service's name and the last column fit; names and headers wrap, figures keep a narrow column
        services.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        services.addColumn(s -> s.serviceName() + " · " + s.serviceCode()).setHeader(getTranslation("stats.service"))
                .setWidth("8rem").setFlexGrow(1);
        figure(services.addColumn(QueueStats.ServiceStats::waiting).setHeader(getTranslation("stats.waiting")));
        figure(services.addColumn(s -> minutes(s.longestWait())).setHeader(getTranslation("stats.longest")));
        figure(services.addColumn(s -> minutes(s.averageWait())).setHeader(getTranslation("stats.averageWait")));
        figure(services.addColumn(s -> minutes(s.averageService())).setHeader(getTranslation("stats.averageService")));
        figure(services.addColumn(QueueStats.ServiceStats::served).setHeader(getTranslation("stats.served")));
        figure(services.addColumn(QueueStats.ServiceStats::noShows).setHeader(getTranslation("stats.noShows")));
        figure(services.addColumn(s -> Double.isNaN(s.withinTarget()) ? "—" : Math.round(s.withinTarget() * 100) + "%")
                .setHeader(getTranslation("stats.withinTarget")));
        figure(services.addColumn(s -> minutes(s.predictedWait())).setHeader(getTranslation("stats.predicted")));
        // Q3/Q4 thresholds and, below them, Q9's appointments (issue 14 H5) in one column: the grid still fits 1366 px (issue 12)
        services.addComponentColumn(s -> {
            Long id = siteId();
            Thresholds t = id == null ? null : settings.thresholds(id, s.serviceCode());
            Button b = new Button(t == null ? "" : getTranslation("thresholds.short", t.alertWaitingOver(), t.waitTarget().toMinutes())
                    + (t != null && t.own() ? " *" : ""), e -> editThresholds(s));
            b.setId("thresholds-" + s.serviceCode());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            BookingRule r = id == null ? null : settings.booking(id, s.serviceCode());
            Button booking = new Button(r == null ? "" : (r.bookable() ? getTranslation("booking.short", r.slotMinutes(), r.places())
                    : getTranslation("booking.none")) + (r.own() ? " *" : ""), e -> editBooking(s));
            booking.setId("booking-" + s.serviceCode());
            booking.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            boolean admin = Console.actor().has(Role.ADMIN);
            booking.setEnabled(admin);
            if (!admin) {
                booking.setTooltipText(getTranslation("booking.adminOnly"));
            }
            Div cell = new Div(b, booking);
            cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
            return cell;
        }).setHeader(getTranslation("thresholds.header") + " · " + getTranslation("booking.header")).setWidth("8.5rem").setFlexGrow(0);
        services.setAllRowsVisible(true);
        windows.setId("supervisor-windows");
        windows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        windows.addColumn(w -> w.number() + " " + w.name()).setHeader(getTranslation("stats.window")).setFlexGrow(2);
        figure(windows.addColumn(w -> w.currentTicket() == null ? "—" : w.currentTicket()).setHeader(getTranslation("stats.current")));
        // A4: who is signed in at the window, as the attendance board shows it
        windows.addColumn(w -> staffAt(w.number())).setHeader(getTranslation("stats.staff")).setFlexGrow(1);
        figure(windows.addColumn(QueueStats.WindowStats::served).setHeader(getTranslation("stats.served")));
        windows.addComponentColumn(w -> {
            Button b = new Button(getTranslation(w.open() ? "stats.close" : "stats.open"), e -> toggle(w));
            b.setId("toggle-window-" + w.number());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, w.open() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            return b;
        }).setHeader(getTranslation("stats.state")).setAutoWidth(true).setFlexGrow(0);
        windows.setAllRowsVisible(true);
        alerts.setId("supervisor-alerts");
        english.setLabel(getTranslation("supervisor.announceEnglish"));
        english.setId("announce-english");
        english.setEnabled(Console.actor().has(Role.ADMIN));
        english.addValueChangeListener(e -> {
            Long id = siteId();
            if (e.isFromClient() && id != null
                    && !Console.attempt(() -> settings.setAnnounceInEnglish(Console.actor(), id, e.getValue()), Map.of())) {
                english.setValue(e.getOldValue());
            }
        });
        left.setId("supervisor-left");
        left.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        left.addColumn(l -> l.ticket().number()).setHeader(getTranslation("left.ticket")).setAutoWidth(true).setFlexGrow(0);
        left.addColumn(l -> l.ticket().windowNumber()).setHeader(getTranslation("stats.window")).setAutoWidth(true).setFlexGrow(0);
        left.addColumn(l -> getTranslation("status." + l.ticket().status().name())).setHeader(getTranslation("left.status")).setFlexGrow(1);
        left.addColumn(l -> getTranslation("left.minutes", l.since().toMinutes())).setHeader(getTranslation("left.since")).setFlexGrow(1);
        left.addComponentColumn(l -> {
            Button back = new Button(getTranslation("left.return"), e -> settle(() -> leftTickets.returnToQueue(Console.actor(), l.ticket().id())));
            back.setId("left-return-" + l.ticket().number());
            back.setEnabled(!l.ticket().businessDate().isBefore(sites.today(l.ticket().siteId())));
            Button close = new Button(getTranslation("left.close"), e -> settle(() -> leftTickets.close(Console.actor(), l.ticket().id())));
            close.setId("left-close-" + l.ticket().number());
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new Div(back, close);
        }).setHeader(getTranslation("left.actions")).setAutoWidth(true).setFlexGrow(0);
        left.setAllRowsVisible(true);
        // the alerts that stand come first, in view when the page opens (Q3, Q4); then the figures and the windows
        add(new H2(getTranslation("supervisor.title")), site, new H3(getTranslation("supervisor.alerts")), alerts, leftTitle, left, english,
                services, windows);
        refresh();
    }

    /**
     * Q11: opens or closes the window; closing one that people wait for first says how many, and how
     * many of them no other open window can call (issue 12: a destructive action confirms with its
     * consequences).
     */
    private void toggle(QueueStats.WindowStats w) {
        Long id = siteId();
        Runnable apply = () -> {
            if (Console.attempt(() -> windowStates.setWindowOpen(Console.actor(), w.windowId(), !w.open()), Map.of())) {
                refresh();
            }
        };
        Window window = id == null ? null : sites.windows(id).stream().filter(x -> x.id() == w.windowId()).findFirst().orElse(null);
        if (!w.open() || window == null) {
            apply.run();
            return;
        }
        QueueStats stats = queue.stats(id);
        Map<Long, Boolean> open = stats.windows().stream().collect(Collectors.toMap(QueueStats.WindowStats::windowId,
                QueueStats.WindowStats::open, (a, b) -> a));
        Map<String, Integer> waiting = stats.services().stream().collect(Collectors.toMap(QueueStats.ServiceStats::serviceCode,
                QueueStats.ServiceStats::waiting, Integer::sum));
        WindowClosing closing = WindowClosing.of(window, sites.windows(id), open, waiting);
        if (!closing.needsConfirmation()) {
            apply.run();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("close-window-dialog");
        dialog.setHeaderTitle(getTranslation("window.close.title", w.number() + " " + w.name()));
        Div text = new Div();
        text.setId("close-window-consequences");
        text.setText(getTranslation("window.close.waiting", closing.waiting()) + " "
                + (closing.stranded() > 0 ? getTranslation("window.close.stranded", closing.stranded())
                        : getTranslation("window.close.servedElsewhere")));
        Button confirm = new Button(getTranslation("window.close.confirm"), e -> {
            dialog.close();
            apply.run();
        });
        confirm.setId("close-window-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("window.close.cancel"), e -> dialog.close());
        cancel.setId("close-window-cancel");
        dialog.add(text);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Q3/Q4 per service: the supervisor sets the service's own "more than N waiting" and wait target. */
    private void editThresholds(QueueStats.ServiceStats s) {
        Long id = siteId();
        if (id == null) {
            return;
        }
        Thresholds t = settings.thresholds(id, s.serviceCode());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("thresholds.title", s.serviceName()));
        IntegerField over = new IntegerField(getTranslation("thresholds.over"));
        over.setId("thresholds-over");
        over.setValue(t.alertWaitingOver());
        IntegerField target = new IntegerField(getTranslation("thresholds.target"));
        target.setId("thresholds-target");
        target.setValue((int) t.waitTarget().toMinutes());
        Button save = new Button(getTranslation("form.save"), e -> {
            if (Console.attempt(() -> settings.setThresholds(Console.actor(), id, s.serviceCode(), over.getValue(), target.getValue()),
                    Map.of("alertWaitingOver", over, "waitTargetMinutes", target))) {
                dialog.close();
                services.getDataProvider().refreshAll();
            }
        });
        save.setId("thresholds-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button defaults = new Button(getTranslation("thresholds.defaults"), e -> {
            if (Console.attempt(() -> settings.setThresholds(Console.actor(), id, s.serviceCode(), null, null), Map.of())) {
                dialog.close();
                services.getDataProvider().refreshAll();
            }
        });
        dialog.add(new VerticalLayout(over, target));
        dialog.getFooter().add(defaults, save);
        dialog.open();
    }

    /**
     * Q9 (issue 14 H5): the site's administrator sets whether the service takes appointments, its
     * slot length and places per slot; a value out of range is shown beside its field.
     */
    private void editBooking(QueueStats.ServiceStats s) {
        Long id = siteId();
        if (id == null) {
            return;
        }
        BookingRule r = settings.booking(id, s.serviceCode());
        Dialog dialog = new Dialog();
        dialog.setId("booking-dialog");
        dialog.setHeaderTitle(getTranslation("booking.title", s.serviceName()));
        Checkbox bookable = new Checkbox(getTranslation("booking.bookable"), r.bookable());
        bookable.setId("booking-bookable");
        IntegerField minutes = new IntegerField(getTranslation("booking.minutes"));
        minutes.setId("booking-minutes");
        minutes.setValue(r.slotMinutes());
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        IntegerField places = new IntegerField(getTranslation("booking.places"));
        places.setId("booking-places");
        places.setValue(r.places());
        places.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("form.save"), e -> {
            if (Console.attempt(() -> settings.setBooking(Console.actor(), id, s.serviceCode(), bookable.getValue(), minutes.getValue(),
                    places.getValue()), Map.of("slotMinutes", minutes, "places", places))) {
                dialog.close();
                services.getDataProvider().refreshAll();
            }
        });
        save.setId("booking-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button defaults = new Button(getTranslation("booking.defaults"), e -> {
            if (Console.attempt(() -> settings.setBooking(Console.actor(), id, s.serviceCode(), null, null, null), Map.of())) {
                dialog.close();
                services.getDataProvider().refreshAll();
            }
        });
        defaults.setId("booking-defaults");
        dialog.add(new VerticalLayout(bookable, minutes, places));
        dialog.getFooter().add(defaults, save);
        dialog.open();
    }

    /** The staff member signed in at the window (attendance), by name and number, or a dash. */
    private String staffAt(int windowNumber) {
        Long id = siteId();
        if (id == null) {
            return "—";
        }
        return extensions.staffAt(id, windowNumber).map(n -> sites.staff(id).stream().filter(s -> s.staffNumber().equals(n)).findFirst()
                .map(s -> s.name() + " (" + n + ")").orElse(n)).orElse("—");
    }

    /** A column of figures: narrow and fixed, its header wrapping, so names keep the room (issue 12, 1366 px). */
    private static void figure(Grid.Column<?> column) {
        column.setWidth("5.75rem").setFlexGrow(0);
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart());
    }

    @Override
    protected Long siteId() {
        Site s = site.getValue();
        return s == null ? null : s.id();
    }

    @Override
    protected void refresh() {
        Long id = siteId();
        if (id == null) {
            return;
        }
        english.setValue(settings.announceInEnglish(id));
        QueueStats stats = queue.stats(id);
        services.setItems(stats.services());
        windows.setItems(stats.windows());
        showAlerts(id);
        List<LeftTickets.LeftTicket> leftNow = leftTickets.left(Console.actor(), id);
        left.setItems(leftNow);
        leftTitle.setText(getTranslation("left.title"));
        leftTitle.setVisible(!leftNow.isEmpty());
        left.setVisible(!leftNow.isEmpty());
    }

    /** Issue 17: a left ticket returned or closed; the dashboard shows the result (or the refusal) and reads again. */
    private void settle(Runnable step) {
        if (Console.attempt(step, Map.of())) {
            refresh();
        }
    }

    /** Q3, Q4: the alerts standing now, newest first. */
    private void showAlerts(long siteId) {
        List<QueueAlert> standing = standingAlerts.alerts(siteId, null);
        Map<String, String> names = sites.serviceItems(siteId).stream().collect(Collectors.toMap(ServiceItem::code, ServiceItem::name));
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        alerts.removeAll();
        if (standing.isEmpty()) {
            Span none = new Span(getTranslation("supervisor.noAlerts"));
            none.setId("supervisor-no-alerts");
            alerts.add(none);
        }
        for (QueueAlert a : standing) {
            Div line = new Div(new Span(line(a, names.getOrDefault(a.serviceCode(), a.serviceCode()), now, zone, this::getTranslation)));
            line.setId("alert-" + a.id());
            line.getElement().setAttribute("data-kind", a.kind().name());
            colour(line, a.kind());
            alerts.add(line);
        }
    }

    /** Q3, Q4: a breached wait stands in red, a queue too long and a wait at risk in amber; each its own row. */
    private static void colour(Div line, QueueAlert.Kind kind) {
        boolean breached = kind == QueueAlert.Kind.WAIT_BREACHED;
        line.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-weight", "600")
                .set("border-left", "6px solid " + (breached ? "var(--lumo-error-color)" : "#d97706"))
                .set("background", breached ? "var(--lumo-error-color-10pct)" : "#fef3c7")
                .set("color", breached ? "var(--lumo-error-text-color)" : "#92400e");
    }

    /**
     * The dashboard's line of a standing alert in the page's language: when it was raised (the
     * hall's time), what it is about, and its figures; a breached ticket's wait counts on to now.
     */
    /**
     * A wait in whole minutes, rounded up: an alert stands only for a wait over its target, so 10 min
     * 30 s over a 10-minute target reads "11 minutes", never "10 minutes, over the 10-minute target".
     */
    static long minutesUp(Duration d) {
        return (d.toSeconds() + 59) / 60;
    }

    static String line(QueueAlert a, String serviceName, Instant now, ZoneId zone, BiFunction<String, Object[], String> translate) {
        String raised = LocalTime.ofInstant(a.raisedAt(), zone).format(TIME);
        long target = a.waitTarget().toMinutes();
        String key = "alert." + a.kind().name();
        return switch (a.kind()) {
            case TOO_MANY_WAITING -> translate.apply(key, new Object[] { raised, serviceName, a.waiting(), a.waitingOver() });
            case WAIT_AT_RISK -> translate.apply(key, new Object[] { raised, a.ticketNumber(), serviceName,
                a.predictedWait() == null ? 0 : minutesUp(a.predictedWait()), target });
            case WAIT_BREACHED -> {
                Duration waited = a.waited() == null ? Duration.ZERO : a.waited();
                if (a.standing() && now.isAfter(a.lastSeenAt())) {
                    waited = waited.plus(Duration.between(a.lastSeenAt(), now));
                }
                yield translate.apply(key, new Object[] { raised, a.ticketNumber(), serviceName, minutesUp(waited), target });
            }
        };
    }
}
