package org.servicehall.hospital.internal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.servicehall.hospital.internal.reports.DayReport;
import org.servicehall.hospital.internal.reports.HospitalReports;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;
import org.servicehall.web.Pickers;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The hospital's reports (医院窗口日报) for supervisors: a hall's day — prescriptions dispensed and
 * dispensings refused with the checks of 四查十对 they missed (H3), turnaround P50/P90, late reports
 * and breaches per class (H4), payments finished and their sum (H2).
 */
public final class HospitalReportsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient HospitalReports reports;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final DatePicker day = new DatePicker();
    private final HorizontalLayout figures = new HorizontalLayout();
    private final Grid<DayReport.MissingCheck> missing = new Grid<>();
    private final Grid<DayReport.LabClass> lab = new Grid<>();

    public HospitalReportsView(HospitalReports reports, SiteService sites) {
        this.reports = reports;
        this.sites = sites;
        setId("hospital-reports");
        picker = new SitePicker(sites, s -> refresh());
        day.setId("reports-day");
        day.setLabel(getTranslation("reports.day"));
        Pickers.localize(day, getLocale());
        day.addValueChangeListener(e -> refresh());
        figures.setId("reports-figures");
        figures.setWrap(true);
        missing.setId("reports-missing-checks");
        missing.addColumn(m -> getTranslation("pharmacy.group." + m.check().group().name()) + " · " + getTranslation(m.check().labelKey()))
                .setHeader(getTranslation("reports.check")).setFlexGrow(2);
        missing.addColumn(DayReport.MissingCheck::times).setHeader(getTranslation("reports.times")).setAutoWidth(true);
        missing.setAllRowsVisible(true);
        lab.setId("reports-lab");
        lab.addColumn(c -> getTranslation("lab.class." + c.tatClass())).setHeader(getTranslation("lab.class")).setFlexGrow(2);
        lab.addColumn(DayReport.LabClass::reported).setHeader(getTranslation("lab.reported")).setAutoWidth(true);
        lab.addColumn(c -> c.p50() == null ? "–" : Badges.span(c.p50())).setHeader("P50").setAutoWidth(true);
        lab.addColumn(c -> c.p90() == null ? "–" : Badges.span(c.p90())).setHeader("P90").setAutoWidth(true);
        lab.addColumn(DayReport.LabClass::late).setHeader(getTranslation("lab.late")).setAutoWidth(true);
        lab.addColumn(DayReport.LabClass::breaches).setHeader(getTranslation("reports.breaches")).setAutoWidth(true);
        lab.setAllRowsVisible(true);
        HorizontalLayout choose = new HorizontalLayout(picker, day);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("hospital.menu.reports")), choose, figures, new H3(getTranslation("reports.refusedChecks")), missing,
                new H3(getTranslation("reports.lab")), lab);
        Site site = picker.getValue();
        day.setValue(site == null ? LocalDate.now() : sites.today(site.id()));
    }

    private static Div figure(String id, String label, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "700").set("display", "block");
        Div card = new Div(number, new Span(label));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)").set("min-width", "11em");
        return card;
    }

    private void refresh() {
        Site site = picker.getValue();
        figures.removeAll();
        if (site == null || day.getValue() == null) {
            missing.setItems(List.of());
            lab.setItems(List.of());
            return;
        }
        Console.attempt(() -> {
            DayReport r = reports.day(Console.actor(), site.id(), day.getValue());
            figures.add(figure("reports-dispensed", getTranslation("reports.dispensed"), String.valueOf(r.dispensed())),
                    figure("reports-refused", getTranslation("reports.refused"), String.valueOf(r.refused())),
                    figure("reports-breaches-total", getTranslation("reports.breaches"),
                            String.valueOf(r.lab().stream().mapToInt(DayReport.LabClass::breaches).sum())),
                    figure("reports-payments", getTranslation("reports.payments"), String.valueOf(r.payments())),
                    figure("reports-paid", getTranslation("reports.paid"), getTranslation("payment.yuan", r.paid().toPlainString())));
            missing.setItems(r.missingChecks());
            lab.setItems(r.lab());
        }, Map.of());
    }
}
