package org.servicehall.hospital.internal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.servicehall.common.DomainEvents;
import org.servicehall.common.HallException;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.guide.GuideDesk;
import org.servicehall.hospital.internal.guide.GuideRules;
import org.servicehall.hospital.internal.guide.SpecialNeed;
import org.servicehall.hospital.internal.guide.SpecialNeedKind;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * H1 guide desk (导医台): a ticket issued for the service the patient needs; special-needs requests
 * (wheelchair, escort, interpreter, green channel) recorded, assigned to a helper and completed — a
 * green channel issues its priority ticket for the target service; first-contact enquiries go to
 * the conduct area's register (C7), linked from here.
 */
public final class GuideDeskView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient GuideDesk desk;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final ComboBox<ServiceItem> routeService = new ComboBox<>();
    private final Select<PriorityClass> routePriority = new Select<>();
    private final Paragraph routed = new Paragraph();
    private final Select<SpecialNeedKind> kind = new Select<>();
    private final TextField patientName = new TextField();
    private final TextField note = new TextField();
    private final ComboBox<ServiceItem> target = new ComboBox<>();
    private final Select<PriorityClass> priority = new Select<>();
    private final Grid<SpecialNeed> grid = new Grid<>();
    private final TextField helper = new TextField();

    public GuideDeskView(GuideDesk desk, SiteService sites, DomainEvents events) {
        this.desk = desk;
        this.sites = sites;
        setId("hospital-guide");
        picker = new SitePicker(sites, s -> refresh());

        routeService.setId("guide-route-service");
        routeService.setLabel(getTranslation("guide.route.service"));
        routeService.setItemLabelGenerator(ServiceItem::name);
        routeService.setWidth("20em");
        routePriority.setId("guide-route-priority");
        routePriority.setLabel(getTranslation("guide.priority"));
        routePriority.setItems(Arrays.stream(PriorityClass.values()).filter(p -> p != PriorityClass.APPOINTMENT).toList());
        routePriority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        routePriority.setValue(PriorityClass.NORMAL);
        Button route = new Button(getTranslation("guide.route"), e -> route());
        route.setId("guide-route");
        route.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout routing = new HorizontalLayout(routeService, routePriority, route);
        routing.setAlignItems(Alignment.BASELINE);
        routed.setId("guide-routed");
        routed.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");

        kind.setId("guide-kind");
        kind.setLabel(getTranslation("guide.kind"));
        kind.setItems(SpecialNeedKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("guide.kind." + k.name()));
        kind.addValueChangeListener(e -> greenChannel(e.getValue() == SpecialNeedKind.GREEN_CHANNEL));
        patientName.setId("guide-patient");
        patientName.setLabel(getTranslation("pharmacy.check.PRESCRIPTION_NAME"));
        note.setId("guide-note");
        note.setLabel(getTranslation("guide.note"));
        target.setId("guide-target");
        target.setLabel(getTranslation("guide.target"));
        target.setItemLabelGenerator(ServiceItem::name);
        priority.setId("guide-priority");
        priority.setLabel(getTranslation("guide.priority"));
        priority.setItems(GuideRules.GREEN_PRIORITIES.stream().sorted().toList());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        greenChannel(false);
        Button request = new Button(getTranslation("guide.request"), e -> request());
        request.setId("guide-request");

        grid.setId("guide-grid");
        grid.addColumn(SpecialNeed::id).setHeader(getTranslation("guide.col.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation("guide.kind." + n.kind().name())).setHeader(getTranslation("guide.kind")).setAutoWidth(true);
        grid.addColumn(SpecialNeed::patientName).setHeader(getTranslation("pharmacy.col.patient")).setAutoWidth(true);
        grid.addColumn(n -> n.note() == null ? "" : n.note()).setHeader(getTranslation("guide.note")).setFlexGrow(2);
        grid.addColumn(n -> n.ticketNumber() == null ? "–" : n.ticketNumber() + " · " + getTranslation("priority." + n.priority().name()))
                .setHeader(getTranslation("guide.col.ticket")).setAutoWidth(true);
        grid.addColumn(n -> n.helper() == null ? "–" : n.helper()).setHeader(getTranslation("guide.helper")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("pharmacy.col.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        helper.setId("guide-helper");
        helper.setLabel(getTranslation("guide.helper"));
        Button assign = new Button(getTranslation("guide.assign"), e -> step(n -> desk.assign(Console.actor(), n.id(), helper.getValue()),
                "guide.assigned"));
        assign.setId("guide-assign");
        Button complete = new Button(getTranslation("guide.complete"), e -> step(n -> desk.complete(Console.actor(), n.id()), "guide.completed"));
        complete.setId("guide-complete");
        HorizontalLayout steps = new HorizontalLayout(helper, assign, complete);
        steps.setAlignItems(Alignment.BASELINE);

        Anchor enquiries = new Anchor("conduct/enquiries", getTranslation("guide.enquiries"));
        enquiries.setId("guide-enquiries");
        add(new H2(getTranslation("hospital.menu.guide")), picker, new Paragraph(enquiries), new H3(getTranslation("guide.route.title")), routing,
                routed, new H3(getTranslation("guide.request.title")), new FormLayout(kind, patientName, note, target, priority), request,
                grid, steps);
        Follow.events(this, events, HospitalEvents.SPECIAL_NEED, this::refresh);
        refresh();
    }

    private void greenChannel(boolean green) {
        target.setVisible(green);
        priority.setVisible(green);
    }

    private Span status(SpecialNeed n) {
        String colour = switch (n.status()) {
            case OPEN -> "amber";
            case ASSIGNED -> "green";
            case DONE -> "grey";
        };
        return Badges.badge(getTranslation("guide.status." + n.status().name()), colour, n.status().name());
    }

    private Site site() {
        Site site = picker.getValue();
        if (site == null) {
            throw new HallException(getTranslation("site.choose"));
        }
        return site;
    }

    private static String code(ServiceItem item) {
        return item == null ? null : item.code();
    }

    private void route() {
        TicketReceipt[] issued = new TicketReceipt[1];
        if (Console.attempt(() -> {
            if (routeService.getValue() == null) {
                throw new HallException(getTranslation("guide.route.choose"));
            }
            issued[0] = desk.route(Console.actor(), site().id(), code(routeService.getValue()), routePriority.getValue());
        }, Map.of())) {
            routed.setText(getTranslation("guide.routed", issued[0].ticket().number(), issued[0].serviceName(), issued[0].peopleAhead()));
        }
    }

    private void request() {
        SpecialNeed[] made = new SpecialNeed[1];
        if (Console.attempt(() -> made[0] = desk.request(Console.actor(), site().id(), kind.getValue(), patientName.getValue(), note.getValue(),
                code(target.getValue()), priority.getValue()), Map.of("kind", kind, "patientName", patientName, "note", note, "targetService",
                        target, "priority", priority))) {
            Notices.success(made[0].ticketNumber() == null ? getTranslation("guide.requested")
                    : getTranslation("guide.requestedTicket", made[0].ticketNumber()));
            patientName.clear();
            note.clear();
            refresh();
        }
    }

    private interface Step {
        void run(SpecialNeed n);
    }

    private void step(Step step, String done) {
        if (Console.attempt(() -> {
            SpecialNeed n = grid.asSingleSelect().getValue();
            if (n == null) {
                throw new HallException(getTranslation("guide.selectRow"));
            }
            step.run(n);
        }, Map.of("helper", helper))) {
            Notices.success(getTranslation(done));
            refresh();
        }
    }

    private void refresh() {
        Site site = picker.getValue();
        SpecialNeed selected = grid.asSingleSelect().getValue();
        List<ServiceItem> services = site == null ? List.of() : sites.serviceItems(site.id()).stream().filter(sites::isAvailable).toList();
        routeService.setItems(services);
        target.setItems(services.stream().filter(i -> GuideRules.GREEN_TARGETS.contains(i.code())).toList());
        List<SpecialNeed> all = site == null ? List.of() : desk.requests(site.id());
        grid.setItems(all);
        if (selected != null) {
            all.stream().filter(n -> n.id() == selected.id()).findFirst().ifPresent(grid::select);
        }
    }
}
