package org.servicehall.queue.internal.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.servicehall.common.ValidationException;
import org.servicehall.queue.Appointments;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.internal.QueueExtensions;
import org.servicehall.queue.internal.ScreenSettings;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.Console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;

/**
 * The kiosk (public, touch screen, Q1, Q2, Q9): a tile per service with how many wait and the
 * predicted wait (the dashboard's prediction); one tap issues the ticket and shows it full screen
 * (number, service, people ahead, estimate, QR code), printable as an 80 mm slip, until the kiosk
 * returns to its start screen by itself or on a tap. One tap away: large text with high contrast,
 * the green channel (绿色通道) for priority classes, English. A closed hall shows one clear screen.
 */
public final class KioskView extends Div implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final int REFRESH_MS = 30_000;
    /** A mode a citizen turned on and left (large text, green channel) is turned off after this long without a ticket. */
    private static final long MODE_IDLE_NANOS = 90_000_000_000L;
    private static final List<PriorityClass> GREEN_CHANNEL = List.of(PriorityClass.ELDERLY, PriorityClass.DISABLED,
            PriorityClass.PREGNANT, PriorityClass.MILITARY, PriorityClass.EMERGENCY);

    private final transient TicketLifecycle tickets;
    private final transient Appointments appointments;
    private final transient SiteService sites;
    private final transient QueueReadModel reads;
    private final transient ScreenSettings screens;
    private final transient ScreenTime time;
    private final transient QueueExtensions extensions;
    private final Div start = new Div();
    private final Div services = new Div();
    private final Div greenBar = new Div();
    private final TicketConfirmation confirmation = new TicketConfirmation();
    private final TicketSlip slip = new TicketSlip();
    /** How long one redraw of the start screen may spend asking the plugins for their offers (TX3 and alike). */
    private static final long OFFERS_BUDGET_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
    private Div bookingRow = new Div();
    private Site site;
    private boolean large;
    private boolean green;
    private PriorityClass greenClass = PriorityClass.ELDERLY;
    private long modeSince;
    private long returnAt;
    private transient ScheduledExecutorService timer;
    private transient ScheduledFuture<?> ticking;
    private Registration poll;

    public KioskView(TicketLifecycle tickets, Appointments appointments, SiteService sites, QueueReadModel reads, ScreenSettings screens,
            ScreenTime time, QueueExtensions extensions) {
        this.extensions = extensions;
        this.tickets = tickets;
        this.appointments = appointments;
        this.sites = sites;
        this.reads = reads;
        this.screens = screens;
        this.time = time;
        setId("kiosk");
        addClassName("sh-kiosk");
        getElement().appendChild(ScreenStyles.of("kiosk.css"));
        services.setId("kiosk-services");
        services.addClassName("sh-services");
        greenBar.setId("kiosk-green-bar");
        greenBar.addClassName("sh-green-bar");
        confirmation.onDone(this::backToStart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> code = params.getOrDefault("site", List.of());
        site = code.isEmpty() ? sites.sites().stream().findFirst().orElse(null) : sites.siteByCode(code.get(0)).orElse(null);
        // a Chinese hall's public screen speaks Chinese unless asked for English (one tap on the start screen)
        boolean english = params.getOrDefault("lang", List.of()).contains("en");
        event.getUI().setLocale(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        large = false;
        green = false;
        render();
    }

    private void render() {
        getChildren().filter(c -> c != confirmation).toList().forEach(this::remove);
        confirmation.clear();
        slip.clear();
        if (site == null) {
            add(new H1(getTranslation("kiosk.nosite")));
            return;
        }
        start.removeAll();
        start.addClassName("sh-start");
        bookingRow = booking(); // kept while the services are redrawn, so a code being typed stays
        add(header(), start);
        add(confirmation);
        showStart();
    }

    private Div header() {
        H1 hall = new H1(site.name());
        hall.setId("kiosk-hall");
        NativeButton largeText = new NativeButton(getTranslation(large ? "kiosk.large.off" : "kiosk.large"), e -> {
            large = !large;
            modeSince = System.nanoTime();
            setClassName("sh-large", large);
            e.getSource().setText(getTranslation(large ? "kiosk.large.off" : "kiosk.large"));
        });
        largeText.setId("kiosk-large");
        largeText.addClassName("sh-tool");
        NativeButton greenLane = new NativeButton(getTranslation("kiosk.green"), e -> setGreen(!green));
        greenLane.setId("kiosk-green");
        greenLane.addClassNames("sh-tool", "sh-tool-green");
        greenLane.getElement().setAttribute("title", getTranslation("kiosk.green.hint"));
        boolean english = getLocale().getLanguage().equals("en");
        NativeButton language = new NativeButton(getTranslation("kiosk.language"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                "kiosk", QueryParameters.simple(english ? Map.of("site", site.code()) : Map.of("site", site.code(), "lang", "en")))));
        language.setId("kiosk-language");
        language.addClassName("sh-tool");
        Div tools = new Div(largeText, greenLane, language);
        tools.addClassName("sh-tools");
        Div header = new Div(hall, tools);
        header.addClassName("sh-header");
        return header;
    }

    private void setGreen(boolean on) {
        green = on;
        greenClass = PriorityClass.ELDERLY;
        modeSince = System.nanoTime();
        setClassName("sh-green", green);
        showStart();
    }

    /**
     * Q1, Q8: the start screen. The hall closed (hours, calendar): one screen saying so, the hours
     * and when tickets are issued again. Otherwise a tile per offered service; one no open window
     * serves is marked and cannot be tapped (never "0 people, about 1 minute").
     */
    private void showStart() {
        start.removeAll();
        if (site == null) {
            return;
        }
        List<IssuingStatus> statuses = tickets.issuing(site.code());
        Optional<IssuingStatus> closed = KioskRules.hallClosed(statuses);
        setClassName("sh-closed", closed.isPresent());
        if (closed.isPresent()) {
            start.add(closedScreen(closed.get()));
            return;
        }
        Map<String, IssuingStatus> issuing = new HashMap<>();
        statuses.forEach(s -> issuing.put(s.serviceCode(), s));
        Map<String, QueueStats.ServiceStats> figures = new HashMap<>();
        reads.stats(site.id()).services().forEach(s -> figures.put(s.serviceCode(), s));
        services.removeAll();
        List<NativeButton> unavailable = new ArrayList<>();
        Div offers = new Div();
        offers.setId("kiosk-offers");
        offers.addClassName("sh-offers");
        // the plugins' offers are a help, not the kiosk's work: when asking them takes long (a source waiting for a database
        // that went away waits out the pool's timeout, once per service), the rest of this redraw goes without them, so the
        // screen stays free for what is pushed to it (the hall's offline notice waited behind 18 such waits)
        long offersUntil = System.nanoTime() + OFFERS_BUDGET_NANOS;
        for (ServiceItem item : sites.serviceItems(site.id())) {
            IssuingStatus status = issuing.get(item.code());
            if (!KioskRules.shown(status)) {
                continue;
            }
            NativeButton tile = tile(item, status, figures.get(item.code()));
            if (status.takingTickets()) {
                services.add(tile);
                List<ServiceOffers.Offer> offered = System.nanoTime() < offersUntil ? extensions.offers(site.id(), item.code(), getLocale())
                        : List.of();
                if (!offered.isEmpty()) {
                    offers.add(offers(item, offered));
                }
            } else {
                unavailable.add(tile);
            }
        }
        unavailable.forEach(services::add);
        H2 choose = new H2(getTranslation(green ? "kiosk.green.choose" : "kiosk.choose"));
        choose.setId("kiosk-choose");
        // the booking code beside the heading: in view on every hall, also when a long queue's offers and many services fill the screen
        Div top = new Div(choose, bookingRow);
        top.addClassName("sh-choose-row");
        start.add(top);
        if (green) {
            start.add(greenBar());
        }
        if (offers.getChildren().findAny().isPresent()) {
            start.add(offers); // above the tiles: seen before a citizen takes a ticket for a long queue
        }
        start.add(services);
    }

    /**
     * TX3 and alike: other ways to be served that the service's plugin offers now (a later slot, self-service, online), under the
     * tiles; a link is shown as a QR code to scan with the phone.
     */
    private Div offers(ServiceItem item, List<ServiceOffers.Offer> offered) {
        Div card = new Div();
        card.setId("kiosk-offers-" + item.code());
        card.addClassName("sh-offer");
        Div text = new Div();
        text.addClassName("sh-offer-text");
        Span title = new Span(getTranslation("kiosk.offers", item.name()));
        title.addClassName("sh-offer-title");
        text.add(title);
        for (ServiceOffers.Offer o : offered) {
            Span line = new Span(o.text());
            line.addClassName("sh-offer-line");
            line.getElement().setAttribute("data-kind", o.kind().name());
            text.add(line);
        }
        card.add(text);
        offered.stream().filter(o -> o.link() != null && !o.link().isBlank()).findFirst().ifPresent(o -> {
            Image qr = new Image(FollowAddress.qrDataUrl(FollowAddress.absolute(o.link())), getTranslation("kiosk.offers.scan"));
            qr.addClassName("sh-offer-qr");
            Span caption = new Span(getTranslation("kiosk.offers.scan"));
            caption.addClassName("sh-offer-caption");
            Div scan = new Div(qr, caption);
            scan.addClassName("sh-offer-scan");
            card.add(scan);
        });
        return card;
    }

    private NativeButton tile(ServiceItem item, IssuingStatus status, QueueStats.ServiceStats figures) {
        Span name = new Span(item.name());
        name.addClassName("sh-tile-name");
        Span detail = new Span();
        detail.addClassName("sh-tile-detail");
        NativeButton tile = new NativeButton();
        tile.setId("kiosk-service-" + item.code());
        tile.addClassName("sh-tile");
        if (!status.takingTickets()) {
            detail.setText(getTranslation("issuing." + status.reason().name(), when(status)));
            detail.setId("kiosk-closed-" + item.code());
            tile.setEnabled(false);
            tile.addClassName("sh-tile-off");
        } else if (figures == null || figures.waiting() == 0) {
            detail.setText(getTranslation("kiosk.service.noWait"));
        } else {
            detail.setText(getTranslation("kiosk.service.waiting", figures.waiting(), Math.max(1, KioskRules.minutes(figures.predictedWait()))));
        }
        tile.add(name, detail);
        tile.addClickListener(e -> issue(item));
        return tile;
    }

    /** When a service takes tickets again: the time alone today, else the day and time. */
    private String when(IssuingStatus status) {
        if (status.opensAgainAt() == null) {
            return "";
        }
        String pattern = time.isToday(site, status.opensAgainAt()) ? "HH:mm" : getTranslation("format.dayTime");
        return time.format(site, status.opensAgainAt(), pattern, getLocale());
    }

    private Div greenBar() {
        greenBar.removeAll();
        for (PriorityClass p : GREEN_CHANNEL) {
            NativeButton b = new NativeButton(getTranslation("priority." + p.name()), e -> {
                greenClass = p;
                modeSince = System.nanoTime();
                showStart();
            });
            b.setId("kiosk-priority-" + p.name());
            b.addClassName("sh-chip");
            b.getElement().setAttribute("aria-pressed", String.valueOf(p == greenClass));
            greenBar.add(b);
        }
        NativeButton leave = new NativeButton(getTranslation("kiosk.green.leave"), e -> setGreen(false));
        leave.setId("kiosk-green-leave");
        leave.addClassName("sh-chip-leave");
        greenBar.add(leave);
        return greenBar;
    }

    private Div booking() {
        TextField code = new TextField();
        code.setId("kiosk-booking");
        code.setPlaceholder(getTranslation("kiosk.bookingCode"));
        code.setAriaLabel(getTranslation("kiosk.bookingCode"));
        code.addValueChangeListener(e -> code.setInvalid(false));
        NativeButton checkIn = new NativeButton(getTranslation("kiosk.checkIn"), e -> {
            try {
                confirm(appointments.checkIn(site.code(), code.getValue()), null);
            } catch (ValidationException invalid) {
                // Q9: the field itself says what to enter, in the kiosk's language
                code.setErrorMessage(getTranslation("kiosk.bookingCode.required"));
                code.setInvalid(true);
                code.focus();
            } catch (RuntimeException failure) {
                Console.error(failure);
            }
        });
        checkIn.setId("kiosk-check-in");
        checkIn.addClassName("sh-tool");
        Div row = new Div(code, checkIn);
        row.addClassName("sh-booking");
        return row;
    }

    private Div closedScreen(IssuingStatus status) {
        H1 title = new H1(getTranslation("kiosk.closed." + status.reason().name()));
        title.setId("kiosk-closed-title");
        Div hours = new Div(getTranslation("kiosk.closed.hours", ScreenTime.hours(site.opensAt()), ScreenTime.hours(site.closesAt())));
        hours.setId("kiosk-hours");
        Div screen = new Div(title, hours);
        screen.setId("kiosk-closed");
        screen.addClassName("sh-closed-screen");
        if (status.opensAgainAt() != null) {
            Div next = new Div(getTranslation("kiosk.closed.next",
                    time.format(site, status.opensAgainAt(), getTranslation("format.dayTime"), getLocale())));
            next.setId("kiosk-next");
            screen.add(next);
        }
        if (status.reason() == IssuingStatus.Reason.CLOSED_FOR_THE_DAY) {
            // Q8: tickets issued before closing are still served
            Div served = new Div(getTranslation("kiosk.closed.served"));
            served.addClassName("sh-closed-note");
            screen.add(served);
        }
        return screen;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.add(slip);
        ui.setPollInterval(REFRESH_MS);
        poll = ui.addPollListener(e -> {
            if (confirmation.isShowing()) {
                countDown();
                return;
            }
            if ((large || green) && System.nanoTime() - modeSince > MODE_IDLE_NANOS) {
                resetModes(); // the next citizen starts from the usual screen
                render();
            } else {
                showStart();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().remove(slip);
        cancelReturn();
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void issue(ServiceItem item) {
        PriorityClass priority = green ? greenClass : PriorityClass.NORMAL;
        try {
            confirm(tickets.issue(new IssueRequest(site.code(), item.code(), priority, Channel.KIOSK)), green ? priority : null);
        } catch (RuntimeException e) {
            Console.error(e);
            showStart();
        }
    }

    /** The new ticket, full screen, and its slip ready to print; the kiosk returns to the start by itself. */
    private void confirm(TicketReceipt r, PriorityClass priority) {
        String address = FollowAddress.of(site.code(), r.ticket().number());
        long minutes = r.peopleAhead() == 0 ? 0 : Math.max(1, KioskRules.minutes(r.estimatedWait()));
        String qr = FollowAddress.qrDataUrl(address);
        String priorityText = priority == null ? null : getTranslation("kiosk.confirm.priority", getTranslation("priority." + priority.name()));
        String ahead = r.peopleAhead() == 0 ? getTranslation("kiosk.confirm.next") : getTranslation("kiosk.ahead", r.peopleAhead());
        String wait = r.peopleAhead() == 0 ? null : getTranslation("kiosk.wait", minutes);
        slip.show(new TicketSlip.Content(r.siteName(), r.ticket().number(), r.serviceName(), priorityText,
                getTranslation("kiosk.slip.issued", time.format(site, r.ticket().issuedAt(), getTranslation("format.dateTime"), getLocale())), ahead, wait, qr,
                getTranslation("kiosk.qr"), getTranslation("kiosk.qr"), address, getTranslation("kiosk.slip.watch")));
        confirmation.show(r, priorityText, ahead, wait, qr, address, this);
        // Q1: back to the start by itself after the hall's seconds, counted on the server each second and pushed (@Push)
        int seconds = screens.of(site.id()).kioskReturnSeconds();
        returnAt = System.nanoTime() + seconds * 1_000_000_000L;
        countDown();
        cancelReturn();
        UI ui = getUI().orElse(null);
        if (ui != null) {
            long due = returnAt;
            ticking = timer().scheduleAtFixedRate(() -> ui.access(() -> {
                if (returnAt == due && confirmation.isShowing()) {
                    countDown();
                }
            }), 1, 1, TimeUnit.SECONDS);
        }
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "servicehall-kiosk-return");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }

    private void cancelReturn() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    /** Shows the seconds left on the ticket and, when none are, returns to the start. */
    private void countDown() {
        long left = (returnAt - System.nanoTime() + 999_999_999L) / 1_000_000_000L;
        if (left <= 0) {
            backToStart();
        } else {
            confirmation.countdown(getTranslation("kiosk.confirm.back", left));
        }
    }

    /** The next citizen sees the start screen, in the usual mode, and nothing of the last ticket. */
    private void backToStart() {
        cancelReturn();
        resetModes();
        render();
    }

    private void resetModes() {
        large = false;
        green = false;
        setClassName("sh-large", false);
        setClassName("sh-green", false);
    }
}
