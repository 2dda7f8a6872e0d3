package org.servicehall.hospital.internal.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.hospital.internal.lab.LabTest;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.Slip;
import org.servicehall.hospital.internal.lab.Specimen;
import org.servicehall.hospital.internal.lab.SpecimenOrder;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;
import org.servicehall.web.Pickers;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * H4 lab sampling station (采样台): a specimen ordered with its barcode number; before it is taken,
 * 三对 — the patient's name, the test item and the specimen number read back (scanned or typed) —
 * each mismatch named beside its field; then the patient's slip: when and where to collect the
 * report, with the phone page's link.
 */
public final class LabSamplingView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient Laboratory lab;
    private final SitePicker picker;
    private final TextField orderNumber = new TextField();
    private final TextField orderName = new TextField();
    private final ComboBox<LabTest> orderTest = new ComboBox<>();
    private final TextField orderTicket = new TextField();
    private final DateTimePicker appointment = new DateTimePicker();
    private final TextField scan = new TextField();
    private final Paragraph loaded = new Paragraph();
    private final TextField readName = new TextField();
    private final TextField readTest = new TextField();
    private final TextField readNumber = new TextField();
    private final Div slip = new Div();
    private transient Specimen current;

    public LabSamplingView(Laboratory lab, SiteService sites) {
        this.lab = lab;
        setId("hospital-lab-sampling");
        picker = new SitePicker(sites, s -> { });
        orderNumber.setId("lab-order-number");
        orderNumber.setLabel(getTranslation("lab.specimenNumber"));
        orderName.setId("lab-order-name");
        orderName.setLabel(getTranslation("pharmacy.check.PRESCRIPTION_NAME"));
        orderTest.setId("lab-order-test");
        orderTest.setLabel(getTranslation("lab.testItem"));
        orderTest.setItems(lab.tests().values());
        orderTest.setItemLabelGenerator(t -> t.name() + " (" + t.code() + ")");
        orderTicket.setId("lab-order-ticket");
        orderTicket.setLabel(getTranslation("pharmacy.col.ticket"));
        appointment.setId("lab-order-appointment");
        appointment.setLabel(getTranslation("lab.appointment"));
        Pickers.localize(appointment, getLocale());
        Button order = new Button(getTranslation("lab.order"), e -> order());
        order.setId("lab-order");

        scan.setId("lab-scan");
        scan.setLabel(getTranslation("lab.scan"));
        Button load = new Button(getTranslation("lab.load"), e -> load(scan.getValue()));
        load.setId("lab-load");
        scan.addKeyPressListener(Key.ENTER, e -> load(scan.getValue()));
        loaded.setId("lab-loaded");
        readName.setId("lab-read-name");
        readName.setLabel(getTranslation("lab.read.name"));
        readTest.setId("lab-read-test");
        readTest.setLabel(getTranslation("lab.read.test"));
        readNumber.setId("lab-read-number");
        readNumber.setLabel(getTranslation("lab.read.number"));
        Button sample = new Button(getTranslation("lab.sample"), e -> sample());
        sample.setId("lab-sample");
        sample.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        slip.setId("lab-slip");

        HorizontalLayout scanning = new HorizontalLayout(scan, load);
        scanning.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("hospital.menu.sampling")), picker, new H3(getTranslation("lab.threeChecks")), scanning, loaded,
                new FormLayout(readName, readTest, readNumber), sample, slip, new H3(getTranslation("lab.newOrder")),
                new FormLayout(orderNumber, orderName, orderTest, orderTicket, appointment), order);
    }

    private void order() {
        if (Console.attempt(() -> {
            Site site = site();
            LabTest t = orderTest.getValue();
            LocalDateTime at = appointment.getValue();
            Specimen s = lab.order(Console.actor(), new SpecimenOrder(site.id(), orderNumber.getValue(), orderTicket.getValue(),
                    orderName.getValue(), t == null ? null : t.code(), at == null ? null : at.atZone(site.zone()).toInstant()));
            scan.setValue(s.specimenNumber());
        }, Map.of("specimenNumber", orderNumber, "patientName", orderName, "testCode", orderTest, "ticketNumber", orderTicket,
                "appointmentAt", appointment))) {
            Notices.success(getTranslation("lab.ordered"));
            orderNumber.clear();
            orderName.clear();
            orderTicket.clear();
            appointment.clear();
        }
    }

    private void load(String number) {
        Console.attempt(() -> {
            current = lab.byNumber(number);
            LabTest t = lab.tests().get(current.testCode());
            loaded.setText(getTranslation("lab.loaded", current.specimenNumber(), t == null ? current.testCode() : t.name(),
                    getTranslation("lab.status." + current.status())));
            readNumber.setValue(current.specimenNumber());
            readName.clear();
            readTest.clear();
            readName.focus();
        }, Map.of("specimenNumber", scan));
    }

    private void sample() {
        if (Console.attempt(() -> {
            if (current == null) {
                throw new HallException(getTranslation("lab.scanFirst"));
            }
            Specimen s = lab.sample(Console.actor(), current.id(), readName.getValue(), readTest.getValue(), readNumber.getValue());
            showSlip(lab.slip(s, getLocale()), site().zone(), s.slipToken());
            current = null;
        }, Map.of("patientName", readName, "testCode", readTest, "specimenNumber", readNumber))) {
            Notices.success(getTranslation("lab.sampled"));
            loaded.setText("");
            readName.clear();
            readTest.clear();
            readNumber.clear();
            scan.clear();
        }
    }

    private void showSlip(Slip s, ZoneId zone, String token) {
        slip.removeAll();
        Anchor phone = new Anchor("/api/v1/hospital/public/slips/" + token, getTranslation("lab.slip.link"));
        phone.setTarget("_blank");
        slip.add(new H3(getTranslation("lab.slip.title", s.specimenNumber())), new Paragraph(getTranslation("lab.slip.text", s.testName(),
                Badges.time(s.collectFrom(), zone), s.place())), phone);
        slip.getStyle().set("border", "1px dashed var(--lumo-contrast-50pct)").set("padding", "var(--lumo-space-m)");
    }

    private Site site() {
        Site site = picker.getValue();
        if (site == null) {
            throw new HallException(getTranslation("site.choose"));
        }
        return site;
    }
}
