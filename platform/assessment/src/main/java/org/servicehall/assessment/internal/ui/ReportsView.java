package org.servicehall.assessment.internal.ui;

import java.time.Clock;
import java.util.List;

import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.SiteComparison;
import org.servicehall.assessment.internal.Exports;
import org.servicehall.assessment.internal.SvgBars;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * M3: a site's figures per staff member, window, service, day or for the whole site over a period,
 * as a table, a bar chart (share within the wait target) and CSV; for admins, every site side by side.
 */
public final class ReportsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient AssessmentReports reports;
    private final transient Clock clock;
    private final SitePicker picker;
    private final ComboBox<Period> period;
    private final ComboBox<ReportGrouping> grouping = new ComboBox<>();
    private final Grid<ReportLine> grid = new Grid<>();
    private final Div chart = new Div();
    private final Anchor csv = new Anchor();
    private final Grid<SiteComparison> sitesGrid = new Grid<>();
    private final Div sitesChart = new Div();
    private final Anchor sitesCsv = new Anchor();
    private final boolean admin;

    public ReportsView(AssessmentReports reports, SiteService sites, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        setId("assessment-reports");
        admin = Console.currentActor().map(a -> a.has(Role.ADMIN)).orElse(false);
        picker = new SitePicker(sites, s -> refresh());
        period = Ui.periodPicker(getTranslation("assessment.period"), clock, "report-period");
        period.addValueChangeListener(e -> refresh());
        grouping.setId("report-grouping");
        grouping.setLabel(getTranslation("asmreport.by"));
        grouping.setItems(ReportGrouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("asmreport.by." + g.name()));
        grouping.setValue(ReportGrouping.STAFF);
        grouping.addValueChangeListener(e -> refresh());
        csv.setId("report-csv");
        csv.setText(getTranslation("assessment.csv"));
        HorizontalLayout bar = new HorizontalLayout(picker, period, grouping, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("report-grid");
        grid.addColumn(l -> l.label().equals(l.key()) ? l.key() : l.label() + " (" + l.key() + ")").setHeader(getTranslation("asmreport.key"))
                .setFlexGrow(1);
        grid.addColumn(ReportLine::served).setHeader(getTranslation("asmreport.served"));
        grid.addColumn(ReportLine::noShows).setHeader(getTranslation("asmreport.noShows"));
        grid.addColumn(l -> Ui.minutes(l.averageWait())).setHeader(getTranslation("asmreport.averageWait"));
        grid.addColumn(l -> Ui.minutes(l.averageService())).setHeader(getTranslation("asmreport.averageService"));
        grid.addColumn(l -> Ui.percent(l.withinTargetShare())).setHeader(getTranslation("asmreport.withinTarget"));
        grid.addColumn(l -> Ui.rating(l.averageRating())).setHeader(getTranslation("asmreport.averageRating"));
        grid.addColumn(ReportLine::complaints).setHeader(getTranslation("asmreport.complaints"));
        grid.addColumn(l -> Ui.number(l.score())).setHeader(getTranslation("assessment.total"));
        grid.setAllRowsVisible(true);
        chart.setId("report-chart");

        add(new H2(getTranslation("asmreport.heading")), bar, chart, grid);
        if (admin) {
            sitesGrid.setId("sites-grid");
            sitesGrid.addColumn(s -> s.siteCode() + " – " + s.siteName()).setHeader(getTranslation("asmreport.site")).setFlexGrow(1);
            sitesGrid.addColumn(SiteComparison::served).setHeader(getTranslation("asmreport.served"));
            sitesGrid.addColumn(s -> Ui.minutes(s.averageWait())).setHeader(getTranslation("asmreport.averageWait"));
            sitesGrid.addColumn(s -> Ui.percent(s.withinTargetShare())).setHeader(getTranslation("asmreport.withinTarget"));
            sitesGrid.addColumn(s -> Ui.rating(s.averageRating())).setHeader(getTranslation("asmreport.averageRating"));
            sitesGrid.addColumn(SiteComparison::complaints).setHeader(getTranslation("asmreport.complaints"));
            sitesGrid.addColumn(s -> Ui.number(s.averageScore())).setHeader(getTranslation("asmreport.averageScore"));
            sitesGrid.setAllRowsVisible(true);
            sitesChart.setId("sites-chart");
            sitesCsv.setId("sites-csv");
            sitesCsv.setText(getTranslation("assessment.csv"));
            add(new H3(getTranslation("asmreport.sites")), sitesCsv, sitesChart, sitesGrid);
        }
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        Period p = period.getValue();
        ReportGrouping g = grouping.getValue();
        if (site == null || p == null || g == null) {
            grid.setItems(List.of());
            return;
        }
        List<ReportLine> lines = reports.report(site.id(), p, g);
        grid.setItems(lines);
        Ui.chart(chart, SvgBars.render("report-bars", lines.stream()
                .map(l -> new SvgBars.Bar(l.label().equals(l.key()) ? l.key() : l.label(), l.withinTargetShare() * 100)).toList(), "%"));
        Ui.csv(csv, "report-" + site.code() + "-" + p + "-" + g.name().toLowerCase() + ".csv", () -> Exports.report(lines));
        if (admin) {
            List<SiteComparison> all = reports.compareSites(p);
            sitesGrid.setItems(all);
            Ui.chart(sitesChart, SvgBars.render("sites-bars", all.stream()
                    .map(s -> new SvgBars.Bar(s.siteCode(), s.withinTargetShare() * 100)).toList(), "%"));
            Ui.csv(sitesCsv, "sites-" + p + ".csv", () -> Exports.sites(all));
        }
    }
}
