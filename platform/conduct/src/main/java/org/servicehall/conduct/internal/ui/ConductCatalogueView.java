package org.servicehall.conduct.internal.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RefusedText;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.conduct.RuleDraft;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The conduct catalogue of a site (C1-C3): rules by category with their source, which an admin
 * edits, disables, enables, resets or adds; the standard phrase of each step; the forbidden
 * phrases, with a field to try a text and see what the checker finds as one types.
 */
public final class ConductCatalogueView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ConductCatalogue catalogue;
    private final transient ConductPhrases phrases;
    private final SitePicker picker;

    private final Grid<ConductRule> rules = new Grid<>();
    private final TextField code = new TextField();
    private final ComboBox<RuleCategory> category = new ComboBox<>();
    private final TextArea textZh = new TextArea();
    private final TextArea textEn = new TextArea();
    private final Button toggle = new Button();
    private final Button reset = new Button();
    private final Button remove = new Button();
    private ConductRule editing;

    private final FormLayout stepForm = new FormLayout();
    private final Grid<ForbiddenPhrase> forbidden = new Grid<>();
    private final TextField newPhrase = new TextField();
    private final TextField newSuggestion = new TextField();
    private final TextArea tryText = new TextArea();
    private final Div tryResult = new Div();
    private final Grid<RefusedText> refusals = new Grid<>();

    /** @param zone the installation's time zone, for times while no site is picked (a site's show in its own zone, issue 12) */
    public ConductCatalogueView(ConductCatalogue catalogue, ConductPhrases phrases, SiteService sites, ZoneId zone) {
        this.catalogue = catalogue;
        this.phrases = phrases;
        setId("conduct-catalogue");
        picker = new SitePicker(sites, s -> refresh());
        add(new H2(getTranslation("conduct.catalogue.title")), picker);
        add(new H3(getTranslation("conduct.rules.title")), rulesSection());
        add(new H3(getTranslation("conduct.steps.title")), stepForm);
        stepForm.setId("conduct-steps");
        add(new H3(getTranslation("conduct.forbidden.title")), forbiddenSection());
        add(new H3(getTranslation("conduct.refusals.title")), refusals);
        refusals.setId("conduct-refusals");
        refusals.addColumn(r -> TIME.format(r.at().atZone(site() == null ? zone : site().zone()))).setHeader(getTranslation("conduct.refusals.at"))
                .setAutoWidth(true);
        refusals.addColumn(RefusedText::username).setHeader(getTranslation("conduct.refusals.who")).setAutoWidth(true);
        refusals.addColumn(r -> String.join("、", r.phrases())).setHeader(getTranslation("conduct.refusals.phrases")).setAutoWidth(true);
        refusals.addColumn(RefusedText::text).setHeader(getTranslation("conduct.refusals.text")).setFlexGrow(1);
        refusals.setAllRowsVisible(true);
        refresh();
    }

    private String categoryName(RuleCategory c) {
        return getTranslation("conduct.category." + c.name());
    }

    private Component rulesSection() {
        rules.setId("conduct-rules");
        rules.addColumn(r -> categoryName(r.category())).setHeader(getTranslation("conduct.rule.category")).setAutoWidth(true);
        rules.addColumn(ConductRule::code).setHeader(getTranslation("conduct.rule.code")).setAutoWidth(true);
        rules.addColumn(ConductRule::textZh).setHeader(getTranslation("conduct.rule.textZh")).setFlexGrow(3);
        rules.addColumn(ConductRule::textEn).setHeader(getTranslation("conduct.rule.textEn")).setFlexGrow(3);
        rules.addColumn(this::sourceName).setHeader(getTranslation("conduct.rule.source")).setAutoWidth(true);
        rules.addColumn(r -> getTranslation(r.enabled() ? (r.edited() ? "conduct.rule.state.edited" : "conduct.rule.state.enabled")
                : "conduct.rule.state.disabled")).setHeader(getTranslation("conduct.rule.state")).setAutoWidth(true);
        rules.setClassNameGenerator(r -> r.enabled() ? null : "conduct-disabled");
        rules.setAllRowsVisible(true);
        rules.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setLabel(getTranslation("conduct.rule.code"));
        code.setId("conduct-rule-code");
        code.setHelperText(getTranslation("conduct.rule.code.help"));
        category.setLabel(getTranslation("conduct.rule.category"));
        category.setId("conduct-rule-category");
        category.setItems(RuleCategory.values());
        category.setItemLabelGenerator(this::categoryName);
        textZh.setLabel(getTranslation("conduct.rule.textZh"));
        textZh.setId("conduct-rule-text-zh");
        textZh.setMaxLength(1000);
        textEn.setLabel(getTranslation("conduct.rule.textEn"));
        textEn.setId("conduct-rule-text-en");
        textEn.setMaxLength(1000);
        FormLayout form = new FormLayout(code, category, textZh, textEn);

        Button save = new Button(getTranslation("conduct.save"), e -> saveRule());
        save.setId("conduct-rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("conduct.rule.new"), e -> rules.asSingleSelect().clear());
        create.setId("conduct-rule-new");
        toggle.setId("conduct-rule-toggle");
        toggle.addClickListener(e -> toggleRule());
        reset.setText(getTranslation("conduct.rule.reset"));
        reset.setId("conduct-rule-reset");
        reset.addClickListener(e -> resetRule());
        remove.setText(getTranslation("conduct.rule.remove"));
        remove.setId("conduct-rule-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> removeRule());
        VerticalLayout section = new VerticalLayout(rules, form, new HorizontalLayout(save, create, toggle, reset, remove));
        section.setPadding(false);
        return section;
    }

    private String sourceName(ConductRule r) {
        return switch (r.source()) {
        case ConductRule.CORE -> getTranslation("conduct.source.core");
        case ConductRule.SITE -> getTranslation("conduct.source.site");
        default -> r.source();
        };
    }

    private Component forbiddenSection() {
        forbidden.setId("conduct-forbidden");
        forbidden.addColumn(ForbiddenPhrase::phrase).setHeader(getTranslation("conduct.forbidden.phrase")).setAutoWidth(true);
        forbidden.addColumn(ForbiddenPhrase::suggestion).setHeader(getTranslation("conduct.forbidden.suggestion")).setFlexGrow(1);
        forbidden.addColumn(p -> switch (p.source()) {
        case ConductRule.CORE -> getTranslation("conduct.source.core");
        case ConductRule.SITE -> getTranslation("conduct.source.site");
        default -> p.source();
        }).setHeader(getTranslation("conduct.rule.source")).setAutoWidth(true);
        forbidden.addComponentColumn(p -> {
            Button b = new Button(getTranslation("conduct.forbidden.remove"), e -> removeForbidden(p));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            b.setClassName("conduct-forbidden-remove");
            return b;
        }).setAutoWidth(true);
        forbidden.setAllRowsVisible(true);

        newPhrase.setLabel(getTranslation("conduct.forbidden.phrase"));
        newPhrase.setId("conduct-forbidden-phrase");
        newPhrase.setMaxLength(200);
        newSuggestion.setLabel(getTranslation("conduct.forbidden.suggestion"));
        newSuggestion.setId("conduct-forbidden-suggestion");
        newSuggestion.setMaxLength(500);
        newSuggestion.setWidth("28em");
        Button add = new Button(getTranslation("conduct.forbidden.add"), e -> addForbidden());
        add.setId("conduct-forbidden-add");
        HorizontalLayout adding = new HorizontalLayout(newPhrase, newSuggestion, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tryText.setLabel(getTranslation("conduct.try.label"));
        tryText.setId("conduct-try-text");
        tryText.setWidthFull();
        tryText.setValueChangeMode(ValueChangeMode.EAGER);
        tryText.addValueChangeListener(e -> showTry());
        tryResult.setId("conduct-try-result");
        VerticalLayout section = new VerticalLayout(forbidden, adding, tryText, tryResult);
        section.setPadding(false);
        return section;
    }

    private Site site() {
        return picker.getValue();
    }

    private boolean needSite() {
        if (site() == null) {
            Console.error(new HallException(getTranslation("conduct.site.choose")));
            return false;
        }
        return true;
    }

    // ---- rules

    private void edit(ConductRule rule) {
        editing = rule;
        code.setValue(rule == null ? "" : rule.code());
        code.setReadOnly(rule != null);
        category.setValue(rule == null ? null : rule.category());
        textZh.setValue(rule == null ? "" : rule.textZh());
        textEn.setValue(rule == null ? "" : rule.textEn());
        toggle.setText(getTranslation(rule != null && !rule.enabled() ? "conduct.rule.enable" : "conduct.rule.disable"));
        toggle.setEnabled(rule != null);
        reset.setEnabled(rule != null && !rule.siteAdded() && (rule.edited() || !rule.enabled()));
        remove.setEnabled(rule != null && rule.siteAdded());
    }

    private void saveRule() {
        if (!needSite()) {
            return;
        }
        RuleDraft draft = new RuleDraft(code.getValue(), category.getValue(), textZh.getValue(), textEn.getValue());
        ConductRule[] saved = new ConductRule[1];
        if (Console.attempt(() -> saved[0] = editing == null ? catalogue.addRule(Console.actor(), site().id(), draft)
                : catalogue.editRule(Console.actor(), site().id(), editing.code(), draft),
                Map.of("code", code, "category", category, "textZh", textZh, "textEn", textEn))) {
            Console.success(getTranslation("conduct.saved", saved[0].code()));
            refreshRules(saved[0].code());
        }
    }

    private void toggleRule() {
        if (editing != null && needSite()) {
            ConductRule[] saved = new ConductRule[1];
            if (Console.attempt(() -> saved[0] = catalogue.setEnabled(Console.actor(), site().id(), editing.code(), !editing.enabled()),
                    Map.of())) {
                Console.success(getTranslation(saved[0].enabled() ? "conduct.rule.enabled" : "conduct.rule.disabled", saved[0].code()));
                refreshRules(saved[0].code());
            }
        }
    }

    private void resetRule() {
        if (editing != null && needSite()
                && Console.attempt(() -> catalogue.resetRule(Console.actor(), site().id(), editing.code()), Map.of())) {
            Console.success(getTranslation("conduct.saved", editing.code()));
            refreshRules(editing.code());
        }
    }

    private void removeRule() {
        if (editing != null && needSite()
                && Console.attempt(() -> catalogue.removeRule(Console.actor(), site().id(), editing.code()), Map.of())) {
            Console.success(getTranslation("conduct.removed", editing.code()));
            refreshRules(null);
        }
    }

    private void refreshRules(String select) {
        Site s = site();
        List<ConductRule> all = s == null ? List.of() : catalogue.rules(s.id());
        rules.setItems(all);
        ConductRule selected = all.stream().filter(r -> r.code().equals(select)).findFirst().orElse(null);
        if (selected != null) {
            rules.select(selected);
        } else {
            rules.asSingleSelect().clear();
        }
        edit(selected);
    }

    // ---- step phrases

    private void refreshSteps() {
        stepForm.removeAll();
        Site s = site();
        if (s == null) {
            return;
        }
        for (StepPhrase p : phrases.stepPhrases(s.id())) {
            String id = p.step().name().toLowerCase(Locale.ROOT).replace('_', '-');
            TextField field = new TextField(getTranslation("conduct.step." + p.step().name()));
            field.setId("conduct-step-" + id);
            field.setValue(p.text());
            field.setMaxLength(500);
            field.setWidthFull();
            field.setHelperText(p.custom() ? getTranslation("conduct.steps.default", p.defaultText()) : null);
            Button save = new Button(getTranslation("conduct.save"), e -> saveStep(p.step(), field));
            save.setId("conduct-step-save-" + id);
            Button back = new Button(getTranslation("conduct.steps.reset"), e -> resetStep(p.step()));
            back.setId("conduct-step-reset-" + id);
            back.setEnabled(p.custom());
            HorizontalLayout row = new HorizontalLayout(field, save, back);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            row.setFlexGrow(1, field);
            stepForm.add(row);
        }
        stepForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    private void saveStep(ServiceStep step, TextField field) {
        if (needSite() && Console.attempt(() -> phrases.setStepPhrase(Console.actor(), site().id(), step, field.getValue()),
                Map.of("text", field))) {
            Console.success(getTranslation("conduct.saved", getTranslation("conduct.step." + step.name())));
            refreshSteps();
        }
    }

    private void resetStep(ServiceStep step) {
        if (needSite() && Console.attempt(() -> phrases.resetStepPhrase(Console.actor(), site().id(), step), Map.of())) {
            refreshSteps();
        }
    }

    // ---- forbidden phrases

    private void addForbidden() {
        if (needSite() && Console.attempt(() -> phrases.addForbiddenPhrase(Console.actor(), site().id(), newPhrase.getValue(),
                newSuggestion.getValue()), Map.of("phrase", newPhrase, "suggestion", newSuggestion))) {
            Console.success(getTranslation("conduct.saved", newPhrase.getValue().strip()));
            newPhrase.clear();
            newSuggestion.clear();
            refreshForbidden();
        }
    }

    private void removeForbidden(ForbiddenPhrase p) {
        if (needSite() && Console.attempt(() -> phrases.removeForbiddenPhrase(Console.actor(), site().id(), p.phrase()), Map.of())) {
            Console.success(getTranslation("conduct.removed", p.phrase()));
            refreshForbidden();
        }
    }

    private void refreshForbidden() {
        Site s = site();
        forbidden.setItems(s == null ? List.of() : phrases.forbiddenPhrases(s.id()));
        refusals.setItems(s == null ? List.of() : phrases.refusals(s.id(), 20));
        showTry();
    }

    /** Shows the text with each hit marked, and what to say instead. */
    private void showTry() {
        tryResult.removeAll();
        Site s = site();
        String text = tryText.getValue();
        if (s == null || text == null || text.isBlank()) {
            return;
        }
        List<TextFinding> findings = phrases.check(s.id(), text);
        if (findings.isEmpty()) {
            Span ok = new Span(getTranslation("conduct.try.none"));
            ok.getElement().getThemeList().add("badge success");
            ok.setId("conduct-try-none");
            tryResult.add(ok);
            return;
        }
        tryResult.add(marked(text, findings));
        for (TextFinding f : findings) {
            Div line = new Div(new Span(getTranslation("conduct.try.hit", f.phrase(), text.substring(f.start(), f.end()),
                    f.suggestion().isEmpty() ? "—" : f.suggestion())));
            line.addClassName("conduct-try-hit");
            tryResult.add(line);
        }
    }

    /** The text with the findings highlighted. */
    static Div marked(String text, List<TextFinding> findings) {
        Div out = new Div();
        out.addClassName("conduct-marked");
        int at = 0;
        for (TextFinding f : findings) {
            if (f.start() > at) {
                out.add(new Span(text.substring(at, f.start())));
            }
            Span hit = new Span(text.substring(f.start(), f.end()));
            hit.addClassName("conduct-hit");
            hit.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                    .set("font-weight", "600");
            out.add(hit);
            at = f.end();
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at)));
        }
        return out;
    }

    private void refresh() {
        refreshRules(null);
        refreshSteps();
        refreshForbidden();
    }
}
