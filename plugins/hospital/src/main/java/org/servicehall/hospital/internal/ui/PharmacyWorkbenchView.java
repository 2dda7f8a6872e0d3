package org.servicehall.hospital.internal.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.common.DomainEvents;
import org.servicehall.common.HallException;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.pharmacy.DispenseCheck;
import org.servicehall.hospital.internal.pharmacy.Drug;
import org.servicehall.hospital.internal.pharmacy.Pharmacy;
import org.servicehall.hospital.internal.pharmacy.Prescription;
import org.servicehall.hospital.internal.pharmacy.PrescriptionDraft;
import org.servicehall.hospital.internal.pharmacy.PrescriptionSource;
import org.servicehall.hospital.internal.pharmacy.SkinTestResult;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * H3 pharmacy workbench (药房工作台): the open prescriptions; 调配 by one pharmacist, 核对 by a
 * second; the skin-test result; 发药 with the ten checks of 四查十对 ticked (the pharmacy refuses it
 * naming any check missing); a prescription entered at the window and linked to the patient's ticket.
 */
public final class PharmacyWorkbenchView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient Pharmacy pharmacy;
    private final SitePicker picker;
    private final Grid<Prescription> grid = new Grid<>();
    private final List<CheckboxGroup<DispenseCheck>> checks = new ArrayList<>();
    private final Select<SkinTestResult> skinTest = new Select<>();
    private final TextField patientName = new TextField();
    private final IntegerField patientAge = new IntegerField();
    private final TextField department = new TextField();
    private final TextField diagnosis = new TextField();
    private final TextField prescriber = new TextField();
    private final TextField ticketNumber = new TextField();
    private final ComboBox<Drug> drug = new ComboBox<>();
    private final IntegerField quantity = new IntegerField();
    private final TextField dosage = new TextField();
    private final Paragraph pending = new Paragraph();
    private final List<PrescriptionDraft.Line> lines = new ArrayList<>();

    public PharmacyWorkbenchView(Pharmacy pharmacy, SiteService sites, DomainEvents events) {
        this.pharmacy = pharmacy;
        setId("hospital-pharmacy");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("pharmacy-grid");
        grid.addColumn(Prescription::id).setHeader(getTranslation("pharmacy.col.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.ticketNumber() == null ? "–" : p.ticketNumber()).setHeader(getTranslation("pharmacy.col.ticket")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.patientName() + " · " + getTranslation("pharmacy.age", p.patientAge())).setHeader(getTranslation("pharmacy.col.patient"))
                .setAutoWidth(true);
        grid.addColumn(Prescription::department).setHeader(getTranslation("pharmacy.check.PRESCRIPTION_DEPARTMENT")).setAutoWidth(true);
        grid.addColumn(p -> p.lines().stream().map(l -> l.drug().name() + " " + l.drug().strength() + " ×" + l.quantity() + l.drug().unit()
                + (l.drug().skinTest() ? " ⚠" : "")).collect(Collectors.joining("；"))).setHeader(getTranslation("pharmacy.col.drugs")).setFlexGrow(3);
        grid.addComponentColumn(this::status).setHeader(getTranslation("pharmacy.col.status")).setAutoWidth(true);
        grid.addColumn(p -> names(p.preparedBy(), p.checkedBy())).setHeader(getTranslation("pharmacy.col.signatures")).setAutoWidth(true);
        grid.addColumn(p -> p.skinTest() == null ? (p.needsSkinTest() ? getTranslation("pharmacy.skinTest.none") : "")
                : getTranslation("pharmacy.skinTest." + p.skinTest())).setHeader(getTranslation("pharmacy.col.skinTest")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        Button prepare = new Button(getTranslation("pharmacy.prepare"), e -> step(p -> pharmacy.prepare(Console.actor(), p.id()), "pharmacy.prepared"));
        prepare.setId("pharmacy-prepare");
        Button check = new Button(getTranslation("pharmacy.checkStep"), e -> step(p -> pharmacy.check(Console.actor(), p.id()), "pharmacy.checked"));
        check.setId("pharmacy-check");
        skinTest.setId("pharmacy-skin-test");
        skinTest.setLabel(getTranslation("pharmacy.col.skinTest"));
        skinTest.setItems(SkinTestResult.values());
        skinTest.setItemLabelGenerator(r -> getTranslation("pharmacy.skinTest." + r));
        Button recordSkin = new Button(getTranslation("pharmacy.recordSkinTest"), e -> step(p -> pharmacy.recordSkinTest(Console.actor(), p.id(),
                skinTest.getValue()), "pharmacy.skinTestRecorded"));
        recordSkin.setId("pharmacy-record-skin-test");
        HorizontalLayout steps = new HorizontalLayout(prepare, check, skinTest, recordSkin);
        steps.setAlignItems(Alignment.BASELINE);

        HorizontalLayout checklist = new HorizontalLayout();
        checklist.setId("pharmacy-checklist");
        checklist.setWrap(true);
        for (DispenseCheck.Group g : DispenseCheck.Group.values()) {
            CheckboxGroup<DispenseCheck> group = new CheckboxGroup<>();
            group.setId("pharmacy-checks-" + g.name().toLowerCase(Locale.ROOT));
            group.setLabel(getTranslation("pharmacy.group." + g.name()));
            group.setItems(EnumSet.allOf(DispenseCheck.class).stream().filter(c -> c.group() == g).toList());
            group.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
            checks.add(group);
            checklist.add(group);
        }
        Button dispense = new Button(getTranslation("pharmacy.dispense"), e -> step(p -> pharmacy.dispense(Console.actor(), p.id(), ticked()),
                "pharmacy.dispensed"));
        dispense.setId("pharmacy-dispense");
        dispense.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        patientName.setId("pharmacy-patient");
        patientName.setLabel(getTranslation("pharmacy.check.PRESCRIPTION_NAME"));
        patientAge.setId("pharmacy-age");
        patientAge.setLabel(getTranslation("pharmacy.check.PRESCRIPTION_AGE"));
        department.setId("pharmacy-department");
        department.setLabel(getTranslation("pharmacy.check.PRESCRIPTION_DEPARTMENT"));
        diagnosis.setId("pharmacy-diagnosis");
        diagnosis.setLabel(getTranslation("pharmacy.check.RATIONALITY_DIAGNOSIS"));
        prescriber.setId("pharmacy-prescriber");
        prescriber.setLabel(getTranslation("pharmacy.prescriber"));
        ticketNumber.setId("pharmacy-ticket");
        ticketNumber.setLabel(getTranslation("pharmacy.col.ticket"));
        drug.setId("pharmacy-drug");
        drug.setLabel(getTranslation("pharmacy.check.DRUG_NAME"));
        drug.setItemLabelGenerator(d -> d.name() + " " + d.form() + " " + d.strength() + (d.skinTest() ? " ⚠" : ""));
        quantity.setId("pharmacy-quantity");
        quantity.setLabel(getTranslation("pharmacy.check.DRUG_QUANTITY"));
        quantity.setValue(1);
        dosage.setId("pharmacy-dosage");
        dosage.setLabel(getTranslation("pharmacy.check.INCOMPATIBILITY_USAGE_DOSE"));
        Button addLine = new Button(getTranslation("pharmacy.addDrug"), e -> addLine());
        addLine.setId("pharmacy-add-drug");
        pending.setId("pharmacy-pending");
        Button receive = new Button(getTranslation("pharmacy.receive"), e -> receive());
        receive.setId("pharmacy-receive");

        add(new H2(getTranslation("hospital.menu.pharmacy")), picker, grid, steps, new H3(getTranslation("pharmacy.checklist")),
                new Paragraph(getTranslation("pharmacy.checklist.hint")), checklist, dispense, new H3(getTranslation("pharmacy.enter")),
                new FormLayout(patientName, patientAge, department, diagnosis, prescriber, ticketNumber), new HorizontalLayout(drug, quantity,
                        dosage, addLine), pending, receive);
        drug.setItems(pharmacy.drugs().values());
        Follow.events(this, events, HospitalEvents.PREFIX + "Prescription", this::refresh);
        refresh();
    }

    private Span status(Prescription p) {
        String colour = switch (p.status()) {
            case RECEIVED, PREPARED -> "amber";
            case CHECKED -> "green";
            case DISPENSED -> "grey";
        };
        return Badges.badge(getTranslation("pharmacy.status." + p.status()), colour, p.status().name());
    }

    private static String names(String prepared, String checked) {
        return (prepared == null ? "–" : prepared) + " / " + (checked == null ? "–" : checked);
    }

    private Set<DispenseCheck> ticked() {
        Set<DispenseCheck> all = EnumSet.noneOf(DispenseCheck.class);
        checks.forEach(g -> all.addAll(g.getValue()));
        return all;
    }

    private interface Step {
        void run(Prescription p);
    }

    private void step(Step step, String done) {
        if (Console.attempt(() -> {
            Prescription p = grid.asSingleSelect().getValue();
            if (p == null) {
                throw new HallException(getTranslation("pharmacy.selectRow"));
            }
            step.run(p);
        }, Map.of("result", skinTest))) {
            Notices.success(getTranslation(done));
            if ("pharmacy.dispensed".equals(done)) {
                checks.forEach(CheckboxGroup::clear);
            }
            refresh();
        }
    }

    private void addLine() {
        Drug d = drug.getValue();
        if (d == null) {
            drug.setInvalid(true);
            drug.setErrorMessage(getTranslation("pharmacy.chooseDrug"));
            return;
        }
        lines.add(new PrescriptionDraft.Line(d.code(), quantity.getValue(), dosage.getValue()));
        pending.setText(lines.stream().map(l -> pharmacy.drugs().get(l.drugCode()).name() + " ×" + l.quantity() + " · " + l.dosage())
                .collect(Collectors.joining("；")));
        drug.clear();
        dosage.clear();
        quantity.setValue(1);
    }

    private void receive() {
        if (Console.attempt(() -> {
            Site site = picker.getValue();
            if (site == null) {
                throw new HallException(getTranslation("site.choose"));
            }
            pharmacy.receive(Console.actor(), PrescriptionDraft.builder().siteId(site.id()).source(PrescriptionSource.WINDOW)
                    .patientName(patientName.getValue()).patientAge(patientAge.getValue()).department(department.getValue())
                    .diagnosis(diagnosis.getValue()).prescriber(prescriber.getValue()).ticketNumber(ticketNumber.getValue()).lines(lines).build());
        }, Map.of("patientName", patientName, "patientAge", patientAge, "department", department, "diagnosis", diagnosis, "prescriber",
                prescriber, "ticketNumber", ticketNumber, "lines", drug))) {
            Notices.success(getTranslation("pharmacy.received"));
            lines.clear();
            pending.setText("");
            patientName.clear();
            patientAge.clear();
            diagnosis.clear();
            ticketNumber.clear();
            refresh();
        }
    }

    private void refresh() {
        Site site = picker.getValue();
        Prescription selected = grid.asSingleSelect().getValue();
        List<Prescription> open = site == null ? List.of() : pharmacy.open(site.id());
        grid.setItems(open);
        if (selected != null) {
            open.stream().filter(p -> p.id() == selected.id()).findFirst().ifPresent(grid::select);
        }
    }
}
