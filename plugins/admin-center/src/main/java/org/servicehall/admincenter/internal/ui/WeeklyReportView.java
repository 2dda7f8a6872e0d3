package org.servicehall.admincenter.internal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.CentreReports;
import org.servicehall.admincenter.internal.WeeklyReport;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

/** AC2: the weekly report to the centre office — cases by unit and light, by time-limit class; exported as CSV for Excel/WPS. */
public final class WeeklyReportView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient CentreReports reports;
    private final transient CentreInfo centre;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final DatePicker week = new DatePicker();
    private final Grid<WeeklyReport.Row> grid = new Grid<>();
    private final Paragraph period = new Paragraph();
    private final Anchor export = new Anchor();
    private final Anchor exportXlsx = new Anchor();

    public WeeklyReportView(CentreReports reports, CentreInfo centre, SiteService sites) {
        this.reports = reports;
        this.centre = centre;
        this.sites = sites;
        setId("admin-center-report");
        picker = new SitePicker(sites, s -> refresh());
        week.setId("ac-report-week");
        week.setLabel(getTranslation("admincenter.field.week"));
        week.addValueChangeListener(e -> refresh());
        grid.setId("ac-report");
        Locale l = getLocale();
        grid.addColumn(r -> r.unit().equals("*") ? getTranslation("admincenter.report.total") : centre.directory().unitName(r.unit(), l))
                .setHeader(getTranslation("admincenter.report.col.unit")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::accepted).setHeader(getTranslation("admincenter.report.col.accepted")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::completed).setHeader(getTranslation("admincenter.report.col.completed")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::inTime).setHeader(getTranslation("admincenter.report.col.inTime")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::late).setHeader(getTranslation("admincenter.report.col.late")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::green).setHeader(getTranslation("admincenter.report.col.green")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::yellow).setHeader(getTranslation("admincenter.report.col.yellow")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::red).setHeader(getTranslation("admincenter.report.col.red")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::sameDay).setHeader(getTranslation("admincenter.report.col.sameDay")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::threeDays).setHeader(getTranslation("admincenter.report.col.threeDays")).setAutoWidth(true);
        grid.addColumn(WeeklyReport.Row::oneWeek).setHeader(getTranslation("admincenter.report.col.oneWeek")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        export.setId("ac-report-export");
        export.setText(getTranslation("admincenter.report.export"));
        export.getElement().setAttribute("download", true);
        exportXlsx.setId("ac-report-export-xlsx");
        exportXlsx.setText(getTranslation("admincenter.report.exportXlsx"));
        exportXlsx.getElement().setAttribute("download", true);
        HorizontalLayout top = new HorizontalLayout(picker, week, export, exportXlsx);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("admincenter.report.title")), top, period, grid);
        Site s = picker.getValue();
        if (s != null) {
            week.setValue(sites.today(s.id()));
        }
        refresh();
    }

    private void refresh() {
        Site s = picker.getValue();
        if (s == null || week.getValue() == null) {
            return;
        }
        try {
            WeeklyReport r = reports.weekly(Console.actor(), s.id(), week.getValue());
            Locale l = getLocale();
            period.setText(getTranslation("admincenter.report.week", r.weekStart(), r.weekEnd()));
            List<WeeklyReport.Row> rows = new ArrayList<>(r.rows());
            rows.add(r.total());
            grid.setItems(rows);
            byte[] csv = r.csv(l, u -> centre.directory().unitName(u, l)).getBytes(StandardCharsets.UTF_8);
            export.setHref(new StreamResource("admin-center-week-" + r.weekStart() + ".csv", () -> new ByteArrayInputStream(csv)));
            byte[] xlsx = r.xlsx(l, u -> centre.directory().unitName(u, l));
            exportXlsx.setHref(new StreamResource("admin-center-week-" + r.weekStart() + ".xlsx", () -> new ByteArrayInputStream(xlsx)));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }
}
