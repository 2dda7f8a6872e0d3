package org.servicehall.hospital.internal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.servicehall.common.DomainEvents;
import org.servicehall.common.HallException;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.payment.FeeItem;
import org.servicehall.hospital.internal.payment.Payment;
import org.servicehall.hospital.internal.payment.PaymentDraft;
import org.servicehall.hospital.internal.payment.PaymentRules;
import org.servicehall.hospital.internal.payment.PaymentStatus;
import org.servicehall.hospital.internal.payment.PaymentStep;
import org.servicehall.hospital.internal.payment.Payments;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * H2 payment window (收费窗口): the patient's itemised fee list and the four steps of 唱收唱付 as
 * buttons in their order — only the next step's button is enabled ({@link PaymentRules#next}) and
 * each shows what the cashier says; finishing with a step missing is refused naming it. A fee list
 * that did not come from the information system is entered here.
 */
public final class PaymentDeskView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient Payments payments;
    private final SitePicker picker;
    private final Grid<Payment> grid = new Grid<>();
    private final Grid<FeeItem> items = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Map<PaymentStep, Button> stepButtons = new EnumMap<>(PaymentStep.class);
    private final BigDecimalField received = new BigDecimalField();
    private final Paragraph said = new Paragraph();
    private final Button finish = new Button();
    private final TextField patientName = new TextField();
    private final TextField ticketNumber = new TextField();
    private final TextField itemName = new TextField();
    private final IntegerField itemQuantity = new IntegerField();
    private final BigDecimalField itemPrice = new BigDecimalField();
    private final Paragraph pending = new Paragraph();
    private final List<PaymentDraft.Item> lines = new ArrayList<>();

    public PaymentDeskView(Payments payments, SiteService sites, DomainEvents events) {
        this.payments = payments;
        setId("hospital-payment");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("payment-grid");
        grid.addColumn(Payment::id).setHeader(getTranslation("payment.col.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.ticketNumber() == null ? "–" : p.ticketNumber()).setHeader(getTranslation("pharmacy.col.ticket")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Payment::patientName).setHeader(getTranslation("pharmacy.col.patient")).setAutoWidth(true);
        grid.addColumn(p -> yuan(p.total())).setHeader(getTranslation("payment.col.total")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("payment.col.stepsDone", p.done().size(), PaymentStep.values().length))
                .setHeader(getTranslation("payment.col.steps")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("pharmacy.col.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                said.setText(""); // another payment chosen: what was said was for the one before
            }
            show(e.getValue());
        });

        items.setId("payment-items");
        items.addColumn(FeeItem::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(FeeItem::name).setHeader(getTranslation("payment.item.name")).setFlexGrow(2);
        items.addColumn(FeeItem::quantity).setHeader(getTranslation("payment.item.quantity")).setAutoWidth(true);
        items.addColumn(i -> yuan(i.unitPrice())).setHeader(getTranslation("payment.item.unitPrice")).setAutoWidth(true);
        items.addColumn(i -> yuan(i.amount())).setHeader(getTranslation("payment.item.amount")).setAutoWidth(true);
        items.setAllRowsVisible(true);
        total.setId("payment-total");

        HorizontalLayout steps = new HorizontalLayout();
        steps.setId("payment-steps");
        steps.setAlignItems(Alignment.BASELINE);
        steps.setWrap(true);
        received.setId("payment-received");
        received.setLabel(getTranslation("payment.received"));
        for (PaymentStep s : PaymentStep.values()) {
            Button b = new Button(getTranslation("payment.stepButton", s.ordinal() + 1, getTranslation(s.labelKey())), e -> record(s));
            b.setId("payment-step-" + s.name());
            stepButtons.put(s, b);
            if (s == PaymentStep.RECEIVED_ANNOUNCED) {
                steps.add(received);
            }
            steps.add(b);
        }
        said.setId("payment-said");
        said.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        finish.setText(getTranslation("payment.finish"));
        finish.setId("payment-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClickListener(e -> finish());

        patientName.setId("payment-patient");
        patientName.setLabel(getTranslation("pharmacy.check.PRESCRIPTION_NAME"));
        ticketNumber.setId("payment-ticket");
        ticketNumber.setLabel(getTranslation("pharmacy.col.ticket"));
        itemName.setId("payment-item-name");
        itemName.setLabel(getTranslation("payment.item.name"));
        itemQuantity.setId("payment-item-quantity");
        itemQuantity.setLabel(getTranslation("payment.item.quantity"));
        itemQuantity.setValue(1);
        itemPrice.setId("payment-item-price");
        itemPrice.setLabel(getTranslation("payment.item.unitPrice"));
        Button addItem = new Button(getTranslation("payment.addItem"), e -> addItem());
        addItem.setId("payment-add-item");
        HorizontalLayout itemRow = new HorizontalLayout(itemName, itemQuantity, itemPrice, addItem);
        itemRow.setAlignItems(Alignment.BASELINE);
        pending.setId("payment-pending");
        Button open = new Button(getTranslation("payment.open"), e -> open());
        open.setId("payment-open");

        add(new H2(getTranslation("hospital.menu.payment")), picker, grid, new H3(getTranslation("payment.feeList")), items, total,
                new H3(getTranslation("payment.steps")), new Paragraph(getTranslation("payment.steps.hint")), steps, said, finish,
                new H3(getTranslation("payment.enter")), new FormLayout(patientName, ticketNumber), itemRow, pending, open);
        Follow.events(this, events, HospitalEvents.PREFIX + "Payment", this::refresh);
        refresh();
    }

    private String yuan(BigDecimal amount) {
        return amount == null ? "–" : getTranslation("payment.yuan", amount.setScale(2).toPlainString());
    }

    private Span status(Payment p) {
        return Badges.badge(getTranslation("payment.status." + p.status()), p.status() == PaymentStatus.FINISHED ? "grey" : "amber",
                p.status().name());
    }

    /** The selected payment's fee list and its steps: only the next step's button enabled. */
    private void show(Payment p) {
        items.setItems(p == null ? List.of() : p.items());
        total.setText(p == null ? "" : getTranslation("payment.totalLine", yuan(p.total())));
        Optional<PaymentStep> next = p == null ? Optional.empty() : PaymentRules.next(p);
        stepButtons.forEach((s, b) -> {
            b.setEnabled(next.equals(Optional.of(s)));
            b.removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
            if (p != null && p.done().contains(s)) {
                b.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            }
        });
        received.setEnabled(next.equals(Optional.of(PaymentStep.RECEIVED_ANNOUNCED)));
        finish.setEnabled(p != null && p.status() != PaymentStatus.FINISHED);
    }

    private Payment selected() {
        Payment p = grid.asSingleSelect().getValue();
        if (p == null) {
            throw new HallException(getTranslation("payment.selectRow"));
        }
        return p;
    }

    private void record(PaymentStep step) {
        Payment[] after = new Payment[1];
        if (Console.attempt(() -> after[0] = payments.record(Console.actor(), selected().id(), step, received.getValue()),
                Map.of("received", received))) {
            said.setText(getTranslation("payment.say." + step.name(), yuan(after[0].total()), yuan(after[0].received()),
                    yuan(after[0].changeGiven())));
            refresh();
        }
    }

    private void finish() {
        if (Console.attempt(() -> payments.finish(Console.actor(), selected().id()), Map.of())) {
            Notices.success(getTranslation("payment.finished"));
            received.clear();
            said.setText("");
            refresh();
        }
    }

    private void addItem() {
        lines.add(new PaymentDraft.Item(null, itemName.getValue(), itemQuantity.getValue(), itemPrice.getValue()));
        pending.setText(lines.stream().map(l -> l.name() + " ×" + l.quantity() + " · " + (l.unitPrice() == null ? "–" : yuan(l.unitPrice())))
                .collect(Collectors.joining("；")));
        itemName.clear();
        itemPrice.clear();
        itemQuantity.setValue(1);
    }

    private void open() {
        Payment[] opened = new Payment[1];
        if (Console.attempt(() -> {
            Site site = picker.getValue();
            if (site == null) {
                throw new HallException(getTranslation("site.choose"));
            }
            PaymentDraft.Builder d = PaymentDraft.builder().siteId(site.id()).patientName(patientName.getValue())
                    .ticketNumber(ticketNumber.getValue());
            lines.forEach(l -> d.item(l.code(), l.name(), l.quantity(), l.unitPrice()));
            opened[0] = payments.open(Console.actor(), d.build());
        }, Map.of("patientName", patientName, "ticketNumber", ticketNumber, "items", itemName))) {
            Notices.success(getTranslation("payment.opened"));
            lines.clear();
            pending.setText("");
            patientName.clear();
            ticketNumber.clear();
            select(opened[0].id());
        }
    }

    private void refresh() {
        Payment selected = grid.asSingleSelect().getValue();
        select(selected == null ? null : selected.id());
    }

    /** The list read again, the payment {@code id} selected in it (if it is there). */
    private void select(Long id) {
        Site site = picker.getValue();
        List<Payment> open = site == null ? List.of() : payments.open(site.id());
        grid.setItems(open);
        Payment again = id == null ? null : open.stream().filter(p -> p.id() == id).findFirst().orElse(null);
        if (again != null) {
            grid.select(again);
        }
        show(again);
    }
}
