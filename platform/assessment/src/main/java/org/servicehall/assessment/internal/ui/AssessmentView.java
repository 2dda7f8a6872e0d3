package org.servicehall.assessment.internal.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.internal.Exports;
import org.servicehall.assessment.internal.SvgBars;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;

/**
 * M1/C5: assess a site for a period (a month or quarter), see the four parts and the total of each
 * staff member with their rank, decide the proposals, and (admin) edit the site's weights.
 */
public final class AssessmentView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient AssessmentWeights weights;
    private final transient AssessmentRuns runs;
    private final transient Clock clock;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final ComboBox<Period> period;
    private final Grid<StaffScore> grid = new Grid<>();
    private final Grid<Proposal> proposals = new Grid<>();
    private final Span status = new Span();
    private final Anchor csv = new Anchor();
    private final Div chart = new Div();
    private final IntegerField attitude = weight("weights-attitude", "assessment.part.ATTITUDE");
    private final IntegerField efficiency = weight("weights-efficiency", "assessment.part.EFFICIENCY");
    private final IntegerField discipline = weight("weights-discipline", "assessment.part.DISCIPLINE");
    private final IntegerField ability = weight("weights-ability", "assessment.part.ABILITY");
    private final NumberField commendationAt = new NumberField(getTranslation("assessment.commendationAt"));
    private final IntegerField commendationTop = new IntegerField(getTranslation("assessment.commendationTop"));
    private final NumberField warningBelow = new NumberField(getTranslation("assessment.warningBelow"));
    private final ComboBox<PeriodKind> periodKind = new ComboBox<>(getTranslation("assessment.periodKind"));

    private IntegerField weight(String id, String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setId(id);
        f.setWidth("8em");
        return f;
    }

    public AssessmentView(AssessmentWeights weights, AssessmentRuns runs, SiteService sites, Clock clock) {
        this.weights = weights;
        this.runs = runs;
        this.clock = clock;
        this.sites = sites;
        setId("assessment-view");
        picker = new SitePicker(sites, s -> refresh());
        period = Ui.periodPicker(getTranslation("assessment.period"), clock, "assessment-period");
        period.addValueChangeListener(e -> refresh());
        Button run = new Button(getTranslation("assessment.run"), e -> run());
        run.setId("assessment-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        csv.setId("assessment-csv");
        csv.setText(getTranslation("assessment.csv"));
        HorizontalLayout bar = new HorizontalLayout(picker, period, run, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("assessment-grid");
        grid.addColumn(StaffScore::rank).setHeader(getTranslation("assessment.rank")).setAutoWidth(true);
        grid.addColumn(s -> s.staffName() + " (" + s.staffNumber() + ")").setHeader(getTranslation("assessment.staff")).setFlexGrow(1);
        grid.addColumn(s -> Ui.number(s.attitude())).setHeader(getTranslation("assessment.part.ATTITUDE"));
        grid.addColumn(s -> Ui.number(s.efficiency())).setHeader(getTranslation("assessment.part.EFFICIENCY"));
        grid.addColumn(s -> Ui.number(s.discipline())).setHeader(getTranslation("assessment.part.DISCIPLINE"));
        grid.addColumn(s -> Ui.number(s.ability())).setHeader(getTranslation("assessment.part.ABILITY"));
        grid.addColumn(s -> Ui.number(s.total())).setHeader(getTranslation("assessment.total"));
        grid.setItemDetailsRenderer(new TextRenderer<>(StaffScore::details));
        grid.setAllRowsVisible(true);
        chart.setId("assessment-chart");

        proposals.setId("proposal-grid");
        proposals.addColumn(p -> p.period().toString()).setHeader(getTranslation("assessment.period")).setAutoWidth(true);
        proposals.addColumn(p -> p.staffName() + " (" + p.staffNumber() + ")").setHeader(getTranslation("assessment.staff")).setFlexGrow(1);
        proposals.addColumn(p -> getTranslation("assessment.proposal." + p.kind().name())).setHeader(getTranslation("assessment.proposal"));
        proposals.addColumn(p -> Ui.number(p.score()) + " (#" + p.rank() + ")").setHeader(getTranslation("assessment.total"));
        proposals.addComponentColumn(p -> {
            Button yes = new Button(getTranslation("assessment.confirm"), e -> decide(p, true));
            yes.setId("proposal-confirm-" + p.id());
            yes.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            Button no = new Button(getTranslation("assessment.reject"), e -> decide(p, false));
            no.setId("proposal-reject-" + p.id());
            no.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(yes, no);
        });
        proposals.setAllRowsVisible(true);

        commendationAt.setId("weights-commendation-at");
        commendationTop.setId("weights-commendation-top");
        warningBelow.setId("weights-warning-below");
        periodKind.setId("weights-period-kind");
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(k -> getTranslation("assessment.periodKind." + k.name()));
        Button save = new Button(getTranslation("assessment.saveWeights"), e -> saveSettings());
        save.setId("weights-save");
        boolean admin = Console.currentActor().map(a -> a.has(Role.ADMIN)).orElse(false);
        HorizontalLayout editor = new HorizontalLayout(attitude, efficiency, discipline, ability, commendationAt, commendationTop,
                warningBelow, periodKind, save);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);
        editor.setEnabled(admin);
        editor.setId("weights-editor");

        status.setId("assessment-status");
        add(new H2(getTranslation("assessment.title")), bar, status, grid, chart, new H3(getTranslation("assessment.proposals")), proposals,
                new H3(getTranslation("assessment.weights")), editor);
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        Period p = period.getValue();
        if (site == null || p == null) {
            grid.setItems(List.of());
            proposals.setItems(List.of());
            return;
        }
        AssessmentSettings s = weights.settings(site.id());
        attitude.setValue(s.attitudeWeight());
        efficiency.setValue(s.efficiencyWeight());
        discipline.setValue(s.disciplineWeight());
        ability.setValue(s.abilityWeight());
        commendationAt.setValue(s.commendationAt());
        commendationTop.setValue(s.commendationTop());
        warningBelow.setValue(s.warningBelow());
        periodKind.setValue(s.periodKind());
        Optional<AssessmentResult> r = runs.result(site.id(), p);
        grid.setItems(r.map(AssessmentResult::scores).orElse(List.of()));
        status.setText(r.map(x -> getTranslation("assessment.ranAt", x.ranBy(), x.ranAt().atZone(sites.clock(site.id()).getZone())
                .toLocalDateTime().withNano(0), x.settings().weightsText()) + (x.feedbackAvailable() ? "" : " " + getTranslation("assessment.noFeedback")))
                .orElse(getTranslation("assessment.notRun")));
        Ui.chart(chart, SvgBars.render("assessment-bars", r.map(AssessmentResult::scores).orElse(List.of()).stream()
                .map(x -> new SvgBars.Bar(x.staffName(), x.total())).toList(), ""));
        csv.setVisible(r.isPresent());
        r.ifPresent(x -> Ui.csv(csv, "assessment-" + site.code() + "-" + p + ".csv", () -> Exports.result(x)));
        proposals.setItems(runs.proposals(site.id(), ProposalStatus.PROPOSED));
    }

    private void run() {
        Site site = picker.getValue();
        Period p = period.getValue();
        if (site == null || p == null) {
            return;
        }
        if (runs.result(site.id(), p).isPresent()) {
            Dialog again = new Dialog();
            again.setId("assessment-rerun-dialog");
            again.setHeaderTitle(getTranslation("assessment.rerunTitle"));
            again.add(new Span(getTranslation("assessment.rerunText", p)));
            Button yes = new Button(getTranslation("assessment.rerun"), e -> {
                again.close();
                doRun(site, p, true);
            });
            yes.setId("assessment-rerun");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            again.getFooter().add(new Button(getTranslation("form.cancel"), e -> again.close()), yes);
            again.open();
        } else {
            doRun(site, p, false);
        }
    }

    private void doRun(Site site, Period p, boolean replace) {
        if (Console.attempt(() -> runs.assess(Console.actor(), site.id(), p, replace), Map.of())) {
            Console.success(getTranslation("assessment.done", p));
            refresh();
        }
    }

    private void decide(Proposal p, boolean confirm) {
        if (confirm) {
            if (Console.attempt(() -> runs.decideProposal(Console.actor(), p.id(), true, null), Map.of())) {
                refresh();
            }
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("assessment.reject") + ": " + p.staffName());
        TextField note = new TextField(getTranslation("assessment.note"));
        note.setId("proposal-note");
        note.setWidthFull();
        Button ok = new Button(getTranslation("assessment.reject"), e -> {
            if (Console.attempt(() -> runs.decideProposal(Console.actor(), p.id(), false, note.getValue()), Map.of("note", note))) {
                d.close();
                refresh();
            }
        });
        ok.setId("proposal-reject-save");
        d.add(note);
        d.getFooter().add(new Button(getTranslation("form.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void saveSettings() {
        Site site = picker.getValue();
        if (site == null) {
            return;
        }
        AssessmentSettings entered = AssessmentSettings.builder().attitudeWeight(val(attitude)).efficiencyWeight(val(efficiency))
                .disciplineWeight(val(discipline)).abilityWeight(val(ability))
                .commendationAt(commendationAt.getValue() == null ? -1 : commendationAt.getValue())
                .commendationTop(commendationTop.getValue() == null ? -1 : commendationTop.getValue())
                .warningBelow(warningBelow.getValue() == null ? -1 : warningBelow.getValue()).periodKind(periodKind.getValue()).build();
        if (Console.attempt(() -> weights.setSettings(Console.actor(), site.id(), entered),
                Map.of("attitudeWeight", attitude, "efficiencyWeight", efficiency, "disciplineWeight", discipline, "abilityWeight", ability,
                        "weights", ability, "commendationAt", commendationAt, "commendationTop", commendationTop, "warningBelow",
                        warningBelow))) {
            Console.success(getTranslation("assessment.weightsSaved"));
            refresh();
        }
    }

    private static int val(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }
}
