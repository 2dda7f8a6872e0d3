package org.servicehall.queue.internal.ui;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.servicehall.common.ValidationException;
import org.servicehall.queue.Appointments;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.internal.QrCodes;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.Console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;

/**
 * The kiosk (public, touch screen): pick a service and, where it applies, a priority class; the
 * ticket shows its number, the people ahead and the estimated wait, and can be printed (Q1, Q2).
 */
public final class KioskView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final int REFRESH_MS = 30_000;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_HOURS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient TicketLifecycle tickets;
    private final transient Appointments appointments;
    private final transient SiteService sites;
    private final transient Clock clock;
    private final H1 title = new H1();
    private final RadioButtonGroup<PriorityClass> priority = new RadioButtonGroup<>();
    private final FlexLayout services = new FlexLayout();
    private final Div receipt = new Div();
    private Site site;
    private Registration poll;

    public KioskView(TicketLifecycle tickets, Appointments appointments, SiteService sites, Clock clock) {
        this.tickets = tickets;
        this.appointments = appointments;
        this.sites = sites;
        this.clock = clock;
        setId("kiosk");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        priority.setId("kiosk-priority");
        priority.setLabel(getTranslation("kiosk.priority"));
        priority.setItems(PriorityClass.NORMAL, PriorityClass.ELDERLY, PriorityClass.DISABLED, PriorityClass.PREGNANT,
                PriorityClass.MILITARY, PriorityClass.EMERGENCY);
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(PriorityClass.NORMAL);
        services.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        services.setJustifyContentMode(JustifyContentMode.CENTER);
        services.getStyle().set("gap", "var(--lumo-space-l)");
        receipt.setId("kiosk-receipt");
        TextField booking = new TextField();
        booking.setId("kiosk-booking");
        booking.setPlaceholder(getTranslation("kiosk.bookingCode"));
        booking.setAriaLabel(getTranslation("kiosk.bookingCode"));
        booking.addValueChangeListener(e -> booking.setInvalid(false));
        Button checkIn = new Button(getTranslation("kiosk.checkIn"), e -> {
            try {
                show(appointments.checkIn(site.code(), booking.getValue()));
                booking.clear();
                booking.setInvalid(false);
            } catch (ValidationException invalid) {
                // Q9: the field itself says what to enter, in the kiosk's language
                booking.setErrorMessage(getTranslation("kiosk.bookingCode.required"));
                booking.setInvalid(true);
                booking.focus();
            } catch (RuntimeException failure) {
                Console.error(failure);
            }
        });
        checkIn.setId("kiosk-check-in");
        add(title, new H2(getTranslation("kiosk.choose")), services, priority,
                new HorizontalLayout(booking, checkIn), receipt);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> code = event.getLocation().getQueryParameters().getParameters().getOrDefault("site", List.of());
        site = code.isEmpty() ? sites.sites().stream().findFirst().orElse(null) : sites.siteByCode(code.get(0)).orElse(null);
        services.removeAll();
        if (site == null) {
            title.setText(getTranslation("kiosk.nosite"));
            return;
        }
        title.setText(site.name());
        showServices();
    }

    /**
     * Q1, Q8: a button per service; one that takes no tickets now is disabled and says why and from
     * when (services of a sector plugin that is not installed are left out). Shown again every
     * half minute and when a ticket is refused, so the kiosk opens and closes with the hall.
     */
    private void showServices() {
        services.removeAll();
        if (site == null) {
            return;
        }
        Map<String, IssuingStatus> issuing = new HashMap<>();
        tickets.issuing(site.code()).forEach(s -> issuing.put(s.serviceCode(), s));
        for (ServiceItem item : sites.serviceItems(site.id())) {
            IssuingStatus status = issuing.get(item.code());
            if (status == null || status.reason() == IssuingStatus.Reason.NOT_OFFERED) {
                continue;
            }
            Button b = new Button(item.name(), e -> issue(item));
            b.setId("kiosk-service-" + item.code());
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            b.getStyle().set("min-width", "16em").set("min-height", "5em").set("font-size", "var(--lumo-font-size-xl)");
            b.setEnabled(status.takingTickets());
            if (status.takingTickets()) {
                services.add(b);
                continue;
            }
            Span why = new Span(getTranslation("issuing." + status.reason().name(), when(status.opensAgainAt())));
            why.setId("kiosk-closed-" + item.code());
            VerticalLayout closed = new VerticalLayout(b, why);
            closed.setPadding(false);
            closed.setSpacing(false);
            closed.setWidth(null);
            closed.setAlignItems(Alignment.CENTER);
            services.add(closed);
        }
    }

    /** When issuing opens again in the hall's time: the time alone today, else with the date. */
    private String when(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, clock.getZone());
        return local.toLocalDate().equals(LocalDate.now(clock)) ? local.toLocalTime().format(HOURS) : local.format(DAY_AND_HOURS);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(REFRESH_MS);
        poll = event.getUI().addPollListener(e -> showServices());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void issue(ServiceItem item) {
        try {
            TicketReceipt r = tickets.issue(new IssueRequest(site.code(), item.code(), priority.getValue(), Channel.KIOSK));
            show(r);
        } catch (RuntimeException e) {
            Console.error(e);
            showServices();
        }
    }

    /** The address of the ticket's light status page, to open on a phone, and its QR code for the printed ticket (Q1). */
    private Div follow(TicketReceipt r) {
        String path = "/api/v1/queue/follow/" + site.code() + "/" + r.ticket().number();
        Anchor link = new Anchor(path, path);
        link.setId("kiosk-follow");
        String svg = QrCodes.svg(origin() + path);
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("kiosk.qr"));
        qr.setId("kiosk-qr");
        qr.setWidth("9em");
        qr.setHeight("9em");
        return new Div(new Div(qr), new Span(getTranslation("kiosk.follow", "")), link);
    }

    /**
     * Where phones reach this hall: the scheme and host the kiosk itself was opened with (a proxy in
     * front sets X-Forwarded-Proto and X-Forwarded-Host).
     */
    private static String origin() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        String host = request.getHeader("X-Forwarded-Host");
        if (host == null || host.isBlank()) {
            host = request.getHeader("Host");
        }
        if (proto == null || proto.isBlank()) {
            proto = request.isSecure() ? "https" : "http";
        }
        return host == null ? "" : proto + "://" + host.trim();
    }

    private void show(TicketReceipt r) {
        receipt.removeAll();
        Span number = new Span(r.ticket().number());
        number.setId("kiosk-ticket-number");
        number.getStyle().set("font-size", "4em").set("font-weight", "bold");
        Button print = new Button(getTranslation("kiosk.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        receipt.add(new Div(new Span(r.siteName())), new Div(number), new Div(new Span(r.serviceName())),
                new Div(new Span(getTranslation("kiosk.ahead", r.peopleAhead()))),
                new Div(new Span(getTranslation("kiosk.wait", Math.max(1, r.estimatedWait().toMinutes())))),
                follow(r), print);
        receipt.getStyle().set("border", "2px dashed var(--lumo-contrast-50pct)").set("padding", "var(--lumo-space-l)")
                .set("text-align", "center");
        priority.setValue(PriorityClass.NORMAL);
    }
}
