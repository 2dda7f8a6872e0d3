package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.conduct.Violations;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * C4/C5 for supervisors: violation candidates to confirm or dismiss (with the reason), proposed
 * sanctions and commendations to confirm or reject, and the site's ladder thresholds.
 */
public final class ViolationsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Violations violations;
    private final transient Sanctions sanctions;
    private final transient Commendations commendations;
    private final transient Clock clock;
    private final SitePicker picker;
    private final ComboBox<ViolationStatus> status = new ComboBox<>();
    private final Grid<Violation> violationGrid = new Grid<>();
    private final TextField violationNote = new TextField();
    private final Grid<Sanction> sanctionGrid = new Grid<>();
    private final TextField sanctionNote = new TextField();
    private final Grid<Commendation> commendationGrid = new Grid<>();
    private final TextField commendationNote = new TextField();
    private final IntegerField warningAt = number("threshold-warning", "discipline.level.WARNING");
    private final IntegerField demeritAt = number("threshold-demerit", "discipline.level.DEMERIT");
    private final IntegerField demotionAt = number("threshold-demotion", "discipline.level.DEMOTION");
    private final IntegerField dismissalAt = number("threshold-dismissal", "discipline.level.DISMISSAL");
    private final IntegerField windowMonths = number("threshold-window", "discipline.threshold.windowMonths");
    private final IntegerField commendationMonths = number("threshold-commendation", "discipline.threshold.commendationMonths");

    public ViolationsView(Violations violations, Sanctions sanctions, Commendations commendations, SiteService sites, Clock clock) {
        this.violations = violations;
        this.sanctions = sanctions;
        this.commendations = commendations;
        this.clock = clock;
        setId("violations");
        picker = new SitePicker(sites, s -> refresh());

        status.setId("violations-status");
        status.setLabel(getTranslation("discipline.status"));
        status.setItems(ViolationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("discipline.violation." + s));
        status.setValue(ViolationStatus.CANDIDATE);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> showViolations());
        violationGrid.setId("violations-grid");
        violationGrid.addColumn(v -> Ui.time(v.occurredAt(), Ui.clock(sites, picker.getValue(), clock))).setHeader(getTranslation("discipline.time")).setAutoWidth(true);
        violationGrid.addColumn(Violation::staffNumber).setHeader(getTranslation("discipline.staff")).setAutoWidth(true);
        violationGrid.addColumn(v -> v.windowNumber() == null ? "" : v.windowNumber().toString())
                .setHeader(getTranslation("discipline.window")).setAutoWidth(true);
        violationGrid.addColumn(Violation::ruleCode).setHeader(getTranslation("discipline.rule")).setAutoWidth(true);
        violationGrid.addColumn(v -> getTranslation("discipline.source." + v.source())).setHeader(getTranslation("discipline.source"))
                .setAutoWidth(true);
        violationGrid.addColumn(v -> getTranslation("discipline.violation." + v.status())).setHeader(getTranslation("discipline.status"))
                .setAutoWidth(true);
        violationGrid.addColumn(v -> v.decisionNote() != null ? v.decisionNote() : v.note() == null ? "" : v.note())
                .setHeader(getTranslation("discipline.note")).setFlexGrow(1);
        violationGrid.setAllRowsVisible(true);
        violationNote.setId("violation-note");
        violationNote.setLabel(getTranslation("discipline.decisionNote"));
        violationNote.setWidth("24em");
        Button confirm = new Button(getTranslation("discipline.confirm"), e -> decideViolation(true));
        confirm.setId("violation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button(getTranslation("discipline.dismiss"), e -> decideViolation(false));
        dismiss.setId("violation-dismiss");

        sanctionGrid.setId("sanctions-grid");
        sanctionGrid.addColumn(s -> Ui.time(s.proposedAt(), Ui.clock(sites, picker.getValue(), clock))).setHeader(getTranslation("discipline.proposedAt")).setAutoWidth(true);
        sanctionGrid.addColumn(Sanction::staffNumber).setHeader(getTranslation("discipline.staff")).setAutoWidth(true);
        sanctionGrid.addColumn(s -> getTranslation("discipline.level." + s.level())).setHeader(getTranslation("discipline.level"))
                .setAutoWidth(true);
        sanctionGrid.addColumn(Sanction::violationCount).setHeader(getTranslation("discipline.count")).setAutoWidth(true);
        sanctionGrid.addColumn(s -> getTranslation("discipline.proposal." + s.status())).setHeader(getTranslation("discipline.status"))
                .setAutoWidth(true);
        sanctionGrid.addColumn(s -> s.decisionNote() == null ? "" : s.decisionNote()).setHeader(getTranslation("discipline.note"))
                .setFlexGrow(1);
        sanctionGrid.setAllRowsVisible(true);
        sanctionNote.setId("sanction-note");
        sanctionNote.setLabel(getTranslation("discipline.decisionNote"));
        sanctionNote.setWidth("24em");
        Button confirmSanction = new Button(getTranslation("discipline.confirm"), e -> decideSanction(true));
        confirmSanction.setId("sanction-confirm");
        confirmSanction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rejectSanction = new Button(getTranslation("discipline.reject"), e -> decideSanction(false));
        rejectSanction.setId("sanction-reject");

        commendationGrid.setId("commendations-grid");
        commendationGrid.addColumn(Commendation::staffNumber).setHeader(getTranslation("discipline.staff")).setAutoWidth(true);
        commendationGrid.addColumn(c -> c.firstMonth() + " – " + c.lastMonth()).setHeader(getTranslation("discipline.period"))
                .setAutoWidth(true);
        commendationGrid.addColumn(c -> getTranslation("discipline.proposal." + c.status()))
                .setHeader(getTranslation("discipline.status")).setAutoWidth(true);
        commendationGrid.addColumn(c -> c.decisionNote() == null ? "" : c.decisionNote()).setHeader(getTranslation("discipline.note"))
                .setFlexGrow(1);
        commendationGrid.setAllRowsVisible(true);
        commendationNote.setId("commendation-note");
        commendationNote.setLabel(getTranslation("discipline.decisionNote"));
        commendationNote.setWidth("24em");
        Button review = new Button(getTranslation("discipline.commendation.review"), e -> reviewCommendations());
        review.setId("commendations-review");
        Button confirmCommendation = new Button(getTranslation("discipline.confirm"), e -> decideCommendation(true));
        confirmCommendation.setId("commendation-confirm");
        confirmCommendation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rejectCommendation = new Button(getTranslation("discipline.reject"), e -> decideCommendation(false));
        rejectCommendation.setId("commendation-reject");

        Button saveThresholds = new Button(getTranslation("form.save"), e -> saveThresholds());
        saveThresholds.setId("thresholds-save");

        add(new H2(getTranslation("discipline.violations.title")), picker, status, violationGrid,
                new HorizontalLayout(violationNote, confirm, dismiss),
                new H3(getTranslation("discipline.sanctions.title")), sanctionGrid, new HorizontalLayout(sanctionNote, confirmSanction,
                        rejectSanction),
                new H3(getTranslation("discipline.commendations.title")), review, commendationGrid,
                new HorizontalLayout(commendationNote, confirmCommendation, rejectCommendation),
                new H3(getTranslation("discipline.thresholds.title")),
                new FormLayout(warningAt, demeritAt, demotionAt, dismissalAt, windowMonths, commendationMonths), saveThresholds);
        refresh();
    }

    private IntegerField number(String id, String labelKey) {
        IntegerField f = new IntegerField(getTranslation(labelKey));
        f.setId(id);
        f.setStepButtonsVisible(true);
        f.setMin(1);
        return f;
    }

    private void refresh() {
        showViolations();
        Site site = picker.getValue();
        sanctionGrid.setItems(site == null ? List.of() : sanctions.sanctions(site.id()));
        commendationGrid.setItems(site == null ? List.of() : commendations.commendations(site.id()));
        DisciplineThresholds t = site == null ? DisciplineThresholds.DEFAULTS : sanctions.thresholds(site.id());
        warningAt.setValue(t.warningAt());
        demeritAt.setValue(t.demeritAt());
        demotionAt.setValue(t.demotionAt());
        dismissalAt.setValue(t.dismissalAt());
        windowMonths.setValue(t.windowMonths());
        commendationMonths.setValue(t.commendationMonths());
        violationNote.clear();
        sanctionNote.clear();
        commendationNote.clear();
    }

    private void showViolations() {
        Site site = picker.getValue();
        violationGrid.setItems(site == null ? List.of() : violations.violations(site.id(), status.getValue()));
    }

    private <T> T selected(Grid<T> grid) {
        T item = grid.asSingleSelect().getValue();
        if (item == null) {
            throw new HallException(getTranslation("discipline.selectRow"));
        }
        return item;
    }

    private void decideViolation(boolean confirm) {
        if (Console.attempt(() -> {
            Violation v = selected(violationGrid);
            if (confirm) {
                violations.confirmViolation(Console.actor(), v.id(), violationNote.getValue());
            } else {
                violations.dismissViolation(Console.actor(), v.id(), violationNote.getValue());
            }
        }, Map.of("reason", violationNote, "note", violationNote))) {
            Console.success(getTranslation(confirm ? "discipline.violation.confirmed" : "discipline.violation.dismissed"));
            refresh();
        }
    }

    private void decideSanction(boolean confirm) {
        if (Console.attempt(() -> sanctions.decideSanction(Console.actor(), selected(sanctionGrid).id(), confirm, sanctionNote.getValue()),
                Map.of("note", sanctionNote))) {
            Console.success(getTranslation("discipline.decided", getTranslation("discipline.proposal."
                    + (confirm ? DisciplineStatus.CONFIRMED : DisciplineStatus.REJECTED))));
            refresh();
        }
    }

    private void decideCommendation(boolean confirm) {
        if (Console.attempt(() -> commendations.decideCommendation(Console.actor(), selected(commendationGrid).id(), confirm,
                commendationNote.getValue()), Map.of("note", commendationNote))) {
            Console.success(getTranslation("discipline.decided", getTranslation("discipline.proposal."
                    + (confirm ? DisciplineStatus.CONFIRMED : DisciplineStatus.REJECTED))));
            refresh();
        }
    }

    private void reviewCommendations() {
        int[] made = new int[1];
        if (Console.attempt(() -> made[0] = commendations.reviewCommendations(Console.actor(), Ui.require(picker.getValue(), this).id())
                .size(), Map.of())) {
            Console.success(getTranslation("discipline.commendation.proposed", made[0]));
            refresh();
        }
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private void saveThresholds() {
        if (Console.attempt(() -> sanctions.setThresholds(Console.actor(), Ui.require(picker.getValue(), this).id(),
                new DisciplineThresholds(value(warningAt), value(demeritAt), value(demotionAt), value(dismissalAt), value(windowMonths),
                        value(commendationMonths))),
                Map.of("warningAt", warningAt, "demeritAt", demeritAt, "demotionAt", demotionAt, "dismissalAt", dismissalAt,
                        "windowMonths", windowMonths, "commendationMonths", commendationMonths))) {
            Console.success(getTranslation("form.saved", getTranslation("discipline.thresholds.title")));
            refresh();
        }
    }
}
