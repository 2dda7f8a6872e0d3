package org.servicehall.assessment.internal.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.WindowRank;
import org.servicehall.assessment.internal.Exports;
import org.servicehall.assessment.internal.SvgBars;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** M3: the windows of a site ranked over a month (served, average wait, within-target share, average rating). */
public final class RankingView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient AssessmentReports reports;
    private final transient Clock clock;
    private final SitePicker picker;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Grid<WindowRank> grid = new Grid<>();
    private final Div chart = new Div();
    private final Anchor csv = new Anchor();

    public RankingView(AssessmentReports reports, SiteService sites, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        setId("window-ranking");
        picker = new SitePicker(sites, s -> refresh());
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        month.setId("ranking-month");
        month.setLabel(getTranslation("ranking.month"));
        month.setItems(months);
        month.setValue(now);
        month.addValueChangeListener(e -> refresh());
        csv.setId("ranking-csv");
        csv.setText(getTranslation("assessment.csv"));
        HorizontalLayout bar = new HorizontalLayout(picker, month, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("ranking-grid");
        grid.addColumn(WindowRank::rank).setHeader(getTranslation("assessment.rank")).setAutoWidth(true);
        grid.addColumn(w -> w.windowNumber() + " " + w.windowName()).setHeader(getTranslation("ranking.window")).setFlexGrow(1);
        grid.addColumn(WindowRank::served).setHeader(getTranslation("asmreport.served"));
        grid.addColumn(w -> Ui.minutes(w.averageWait())).setHeader(getTranslation("asmreport.averageWait"));
        grid.addColumn(w -> Ui.percent(w.withinTargetShare())).setHeader(getTranslation("asmreport.withinTarget"));
        grid.addColumn(w -> Ui.rating(w.averageRating())).setHeader(getTranslation("asmreport.averageRating"));
        grid.setAllRowsVisible(true);
        chart.setId("ranking-chart");
        add(new H2(getTranslation("ranking.heading")), bar, chart, grid);
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        YearMonth m = month.getValue();
        if (site == null || m == null) {
            grid.setItems(List.of());
            return;
        }
        List<WindowRank> ranks = reports.windowRanking(site.id(), m);
        grid.setItems(ranks);
        Ui.chart(chart, SvgBars.render("ranking-bars", ranks.stream()
                .map(w -> new SvgBars.Bar(w.windowNumber() + " " + w.windowName(), (double) w.served())).toList(), ""));
        Ui.csv(csv, "ranking-" + site.code() + "-" + m + ".csv", () -> Exports.ranking(ranks));
    }
}
