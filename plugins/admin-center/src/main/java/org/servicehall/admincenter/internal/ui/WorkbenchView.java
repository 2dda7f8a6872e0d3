package org.servicehall.admincenter.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.OneWindow;
import org.servicehall.admincenter.internal.Unit;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.ui.IdentityGate;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * AC1 the comprehensive window (综合受理窗口): accepts any item of the centre from the called ticket,
 * routes the case to the unit that decides it, and hands decided results out (统一出件).
 */
public final class WorkbenchView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient OneWindow window;
    private final transient CentreInfo centre;
    private final transient SiteService sites;
    private final transient QueueReadModel queue;
    private final SitePicker picker;
    private final Select<Window> counter = new Select<>();
    private final ComboBox<Ticket> ticket = new ComboBox<>();
    private final Select<String> item = new Select<>();
    private final Select<ApplicantKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final Checkbox route = new Checkbox();
    private final Grid<Case> front;
    private final Select<Unit> unit = new Select<>();
    private final TextField note = new TextField();

    private final transient CaseLifecycle cases;
    private final transient IdentityChecks identity;

    public WorkbenchView(OneWindow window, CentreInfo centre, SiteService sites, ServiceCatalogue catalogue, QueueReadModel queue,
            CaseLifecycle cases, IdentityChecks identity) {
        this.cases = cases;
        this.identity = identity;
        this.window = window;
        this.centre = centre;
        this.sites = sites;
        this.queue = queue;
        setId("admin-center-workbench");
        picker = new SitePicker(sites, s -> siteChanged());
        counter.setId("ac-window");
        counter.setLabel(getTranslation("admincenter.ui.window"));
        counter.setItemLabelGenerator(w -> w.number() + " · " + w.name());
        counter.addValueChangeListener(e -> loadTickets());
        ticket.setId("ac-ticket");
        ticket.setLabel(getTranslation("admincenter.field.ticketId"));
        ticket.setItemLabelGenerator(t -> t.number() + " · " + t.serviceCode());
        item.setId("ac-item");
        item.setLabel(getTranslation("admincenter.field.serviceCode"));
        item.setWidth("22em");
        List<String> items = centre.directory().items();
        item.setItems(items);
        item.setItemLabelGenerator(code -> catalogue.item(code).map(i -> i.name(getLocale())).orElse(code));
        items.stream().findFirst().ifPresent(item::setValue);
        kind.setLabel(getTranslation("admincenter.ui.applicantKind"));
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admincenter.ui.applicantKind." + k.name()));
        kind.setValue(ApplicantKind.PERSON);
        name.setId("ac-name");
        name.setLabel(getTranslation("admincenter.field.applicantName"));
        idNumber.setId("ac-id");
        idNumber.setLabel(getTranslation("admincenter.field.applicantId"));
        phone.setId("ac-phone");
        phone.setLabel(getTranslation("admincenter.field.applicantPhone"));
        route.setId("ac-route-now");
        route.setLabel(getTranslation("admincenter.ui.routeNow"));
        route.setValue(true);
        Button accept = new Button(getTranslation("admincenter.ui.accept"), e -> accept());
        accept.setId("ac-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        front = CaseColumns.grid("ac-front", centre.directory(), getLocale());
        unit.setId("ac-unit");
        unit.setLabel(getTranslation("admincenter.field.unit"));
        unit.setItems(centre.directory().units());
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        note.setLabel(getTranslation("admincenter.field.note"));
        Button routeButton = new Button(getTranslation("admincenter.ui.route"), e -> act(c -> window.route(Console.actor(), c.id(), unit.getValue() == null ? null
                : unit.getValue().code(), note.getValue())));
        routeButton.setId("ac-route");
        Button handOut = new Button(getTranslation("admincenter.ui.handOut"), e -> handOut());
        handOut.setId("ac-hand-out");
        HorizontalLayout top = new HorizontalLayout(picker, counter, ticket);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout applicant = new HorizontalLayout(item, kind, name, idNumber, phone);
        applicant.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(unit, note, routeButton, handOut);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("admincenter.menu.workbench")), top, applicant, new HorizontalLayout(route, accept),
                new H3(getTranslation("admincenter.ui.atFront")), front, actions);
        siteChanged();
    }

    private void siteChanged() {
        Site s = picker.getValue();
        counter.setItems(s == null ? List.of() : sites.windows(s.id()));
        refresh();
    }

    private void loadTickets() {
        Window w = counter.getValue();
        List<Ticket> open = w == null ? List.of() : queue.current(w.id());
        ticket.setItems(open);
        open.stream().findFirst().ifPresent(ticket::setValue);
    }

    private void accept() {
        Ticket t = ticket.getValue();
        if (t == null) {
            ticket.setInvalid(true);
            ticket.setErrorMessage(getTranslation("admincenter.error.field.required", getTranslation("admincenter.field.ticketId")));
            return;
        }
        ticket.setInvalid(false);
        Console.attempt(() -> {
            Case c = window.accept(Console.actor(), new OneWindow.Acceptance(t.id(), item.getValue(), kind.getValue(), name.getValue(),
                    idNumber.getValue(), phone.getValue(), route.getValue()));
            Console.success(getTranslation("admincenter.ui.accepted", c.number(), centre.directory().unitName(c.unit(), getLocale())));
            refresh();
        }, Map.of("serviceCode", item, "applicantName", name, "applicantId", idNumber, "applicantPhone", phone));
    }

    private void act(Function<Case, Case> step) {
        Case selected = front.asSingleSelect().getValue();
        if (selected == null) {
            Console.success(getTranslation("admincenter.ui.pickCase"));
            return;
        }
        Console.attempt(() -> {
            Case c = step.apply(selected);
            Console.success(getTranslation("admincenter.ui.done", c.number(), getTranslation("admincenter.stage." + c.stage().name())));
            refresh();
        }, Map.of("unit", unit, "note", note));
    }

    /** 统一出件: the result handed out after the applicant's identity check and the clerk's fresh password (S4, asked in dialogs). */
    private void handOut() {
        Case selected = front.asSingleSelect().getValue();
        if (selected == null) {
            Console.success(getTranslation("admincenter.ui.pickCase"));
            return;
        }
        Case[] done = new Case[1];
        IdentityGate.attempt(identity, selected.applicant().kind() == ApplicantKind.ORGANISATION ? IdentityDocument.BUSINESS_LICENCE
                : IdentityDocument.RESIDENT_ID_CARD, (d, n) -> cases.checkApplicant(Console.actor(), selected.id(), d, n),
                () -> done[0] = window.handOut(Console.actor(), selected.id(), note.getValue()), Map.of("unit", unit, "note", note), () -> {
                    Console.success(getTranslation("admincenter.ui.done", done[0].number(), getTranslation("admincenter.stage." + done[0].stage().name())));
                    refresh();
                });
    }

    private void refresh() {
        Site s = picker.getValue();
        try {
            front.setItems(s == null ? List.of() : window.atFront(Console.actor(), s.id()));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }
}
