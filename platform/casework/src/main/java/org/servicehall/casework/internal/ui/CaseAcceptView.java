package org.servicehall.casework.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * T1/T3 at the counter: a case accepted (受理) from the ticket called or being served at the window.
 * {@code casework/accept?ticket=<id>} takes the desk's called ticket; without it the window is
 * picked and its current ticket offered. The applicant's details, the service item (the ticket's
 * by default); the case number and its deadline are shown once accepted.
 */
public final class CaseAcceptView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final transient CaseLifecycle cases;
    private final transient QueueReadModel queue;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final ComboBox<Window> window = new ComboBox<>();
    private final ComboBox<Ticket> ticket = new ComboBox<>();
    private final ComboBox<ServiceItem> item = new ComboBox<>();
    private final RadioButtonGroup<ApplicantKind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final Div result = new Div();

    public CaseAcceptView(CaseLifecycle cases, QueueReadModel queue, SiteService sites) {
        this.cases = cases;
        this.queue = queue;
        this.sites = sites;
        setId("case-accept");
        picker = new SitePicker(sites, s -> loadSite());
        window.setId("case-window");
        window.setLabel(getTranslation("case.accept.window"));
        window.setItemLabelGenerator(w -> w.number() + " · " + w.name());
        window.addValueChangeListener(e -> loadTickets());
        ticket.setId("case-ticket");
        ticket.setLabel(getTranslation("case.accept.ticket"));
        ticket.setItemLabelGenerator(t -> t.number() + " · " + t.serviceCode());
        ticket.addValueChangeListener(e -> pickItem());
        item.setId("case-item");
        item.setLabel(getTranslation("case.accept.item"));
        item.setItemLabelGenerator(i -> i.name() + " (" + i.code() + ")");
        kind.setId("case-kind");
        kind.setLabel(getTranslation("case.accept.kind"));
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(ApplicantKind.PERSON);
        kind.addValueChangeListener(e -> idNumber.setLabel(getTranslation(e.getValue() == ApplicantKind.ORGANISATION
                ? "case.accept.creditCode" : "case.accept.idNumber")));
        name.setId("case-name");
        name.setLabel(getTranslation("case.accept.name"));
        idNumber.setId("case-id-number");
        idNumber.setLabel(getTranslation("case.accept.idNumber"));
        phone.setId("case-phone");
        phone.setLabel(getTranslation("case.accept.phone"));
        Button accept = new Button(getTranslation("case.accept.submit"), e -> accept());
        accept.setId("case-accept-submit");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        result.setId("case-accept-result");
        FormLayout form = new FormLayout(item, kind, name, idNumber, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new H2(getTranslation("case.accept.title")), new HorizontalLayout(picker, window, ticket), form, accept, result);
        loadSite();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("ticket", List.of());
        if (ids.isEmpty()) {
            return;
        }
        try {
            Ticket t = queue.ticket(Long.parseLong(ids.get(0)));
            sites.sites().stream().filter(s -> s.id() == t.siteId()).findFirst().ifPresent(picker::setValue);
            sites.windows(t.siteId()).stream().filter(w -> t.windowNumber() != null && w.number() == t.windowNumber()).findFirst()
                    .ifPresent(window::setValue);
            ticket.setItems(List.of(t));
            ticket.setValue(t);
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    private void loadSite() {
        Site s = picker.getValue();
        window.setItems(s == null ? List.of() : sites.windows(s.id()));
        item.setItems(s == null ? List.of() : sites.serviceItems(s.id()).stream().filter(sites::isAvailable).toList());
        ticket.setItems(List.<Ticket>of());
    }

    private void loadTickets() {
        Window w = window.getValue();
        List<Ticket> open = w == null ? List.of() : queue.current(w.id());
        ticket.setItems(open);
        open.stream().findFirst().ifPresent(ticket::setValue);
    }

    private void pickItem() {
        Optional.ofNullable(ticket.getValue()).flatMap(t -> sites.serviceItems(t.siteId()).stream()
                .filter(i -> i.code().equals(t.serviceCode())).findFirst()).ifPresent(item::setValue);
    }

    private void accept() {
        Ticket t = ticket.getValue();
        if (t == null) {
            ticket.setInvalid(true);
            ticket.setErrorMessage(getTranslation("case.accept.noTicket"));
            return;
        }
        Case[] opened = new Case[1];
        boolean ok = Console.attempt(() -> opened[0] = cases.open(Console.actor(), new CaseIntake(t.id(),
                item.getValue() == null ? null : item.getValue().code(), kind.getValue(), name.getValue(), idNumber.getValue(), phone.getValue())),
                Map.<String, HasValidation>of("serviceCode", item, "applicantName", name, "applicantId", idNumber, "applicantPhone", phone));
        if (ok) {
            Case c = opened[0];
            result.removeAll();
            Div line = new Div();
            line.setText(getTranslation("case.accept.done", c.number(), CaseBadges.day(c.due()), c.limitDays()));
            line.getStyle().set("font-size", "var(--lumo-font-size-xl)");
            result.add(line, new Anchor("casework/case?id=" + c.id(), getTranslation("case.accept.open")));
            name.clear();
            idNumber.clear();
            phone.clear();
            Console.success(getTranslation("case.accept.done", c.number(), CaseBadges.day(c.due()), c.limitDays()));
        }
    }
}
