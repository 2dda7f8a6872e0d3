package org.servicehall.casework.internal.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.servicehall.casework.Case;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.CaseStep;
import org.servicehall.casework.HandOver;
import org.servicehall.casework.ui.IdentityGate;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityChecks;
import org.servicehall.site.SiteService;
import org.servicehall.web.Console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * T3: one case ({@code casework/case?id=<id>}): its stage and light, deadline with the days used and
 * left, the applicant (masked unless the reader handles it, S3), the steps the stage allows, the
 * timeline and the hand-overs. S4: handing out the result asks for the applicant's identity check and
 * the staff member's password when they are missing ({@link IdentityGate}); the checks recorded are
 * listed, the numbers masked.
 */
public final class CaseView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final transient CaseLifecycle cases;
    private final transient CaseReadModel reads;
    private final transient SiteService sites;
    private final transient IdentityChecks identity;
    private final Grid<IdentityCheck> checks = new Grid<>();
    private final H2 title = new H2();
    private final HorizontalLayout status = new HorizontalLayout();
    private final FormLayout details = new FormLayout();
    private final TextArea text = new TextArea();
    private final TextField reason = new TextField();
    private final TextField unit = new TextField();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Grid<CaseStep> timeline = new Grid<>();
    private final Grid<HandOver> handOvers = new Grid<>();
    private transient ZoneId zone = ZoneId.systemDefault();
    private long caseId;

    public CaseView(CaseLifecycle cases, CaseReadModel reads, SiteService sites, IdentityChecks identity) {
        this.identity = identity;
        this.cases = cases;
        this.reads = reads;
        this.sites = sites;
        setId("case-page");
        title.setId("case-title");
        text.setId("case-text");
        text.setLabel(getTranslation("case.page.text"));
        text.setWidth("36em");
        reason.setId("case-reason");
        reason.setLabel(getTranslation("field.legalReason"));
        unit.setId("case-unit");
        unit.setLabel(getTranslation("case.page.unit"));
        unit.setHelperText(getTranslation("case.page.unitHelp"));
        timeline.setId("case-timeline");
        timeline.addColumn(s -> CaseBadges.time(s.at(), zone)).setHeader(getTranslation("case.col.at")).setAutoWidth(true);
        timeline.addColumn(s -> getTranslation("step." + s.kind().name())).setHeader(getTranslation("case.col.step")).setAutoWidth(true);
        timeline.addColumn(s -> getTranslation("stage." + s.stage().name())).setHeader(getTranslation("case.col.stage")).setAutoWidth(true);
        timeline.addColumn(CaseStep::actor).setHeader(getTranslation("case.col.by")).setAutoWidth(true);
        timeline.addColumn(CaseStep::note).setHeader(getTranslation("case.col.note")).setFlexGrow(1);
        timeline.setAllRowsVisible(true);
        handOvers.setId("case-handovers");
        handOvers.addColumn(h -> CaseBadges.time(h.at(), zone)).setHeader(getTranslation("case.col.at")).setAutoWidth(true);
        handOvers.addColumn(h -> h.fromUnit() == null ? getTranslation("unit.front") : h.fromUnit()).setHeader(getTranslation("case.col.from"))
                .setAutoWidth(true);
        handOvers.addColumn(h -> h.toUnit() == null ? getTranslation("unit.front") : h.toUnit()).setHeader(getTranslation("case.col.to"))
                .setAutoWidth(true);
        handOvers.addColumn(HandOver::by).setHeader(getTranslation("case.col.by")).setAutoWidth(true);
        handOvers.addColumn(HandOver::note).setHeader(getTranslation("case.col.note")).setFlexGrow(1);
        handOvers.setAllRowsVisible(true);
        checks.setId("case-identity-checks");
        checks.addColumn(k -> CaseBadges.time(k.at(), zone)).setHeader(getTranslation("case.col.at")).setAutoWidth(true);
        checks.addColumn(k -> getTranslation(IdentityGate.documentKey(k.document()))).setHeader(getTranslation("identity.col.document"))
                .setAutoWidth(true);
        checks.addColumn(IdentityCheck::numberMasked).setHeader(getTranslation("identity.col.number")).setAutoWidth(true);
        checks.addColumn(IdentityCheck::checkedBy).setHeader(getTranslation("case.col.by")).setFlexGrow(1);
        checks.setAllRowsVisible(true);
        status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(title, status, details, new HorizontalLayout(text, reason, unit), actions, new H3(getTranslation("case.page.timeline")), timeline,
                new H3(getTranslation("case.page.handOvers")), handOvers, new H3(getTranslation("identity.checks")), checks);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of());
        try {
            caseId = ids.isEmpty() ? 0 : Long.parseLong(ids.get(0));
        } catch (NumberFormatException e) {
            caseId = 0;
        }
        refresh();
    }

    private void refresh() {
        if (caseId == 0) {
            title.setText(getTranslation("case.page.none"));
            return;
        }
        Case c;
        try {
            c = reads.byId(Console.actor(), caseId);
        } catch (RuntimeException e) {
            Console.error(e);
            return;
        }
        zone = sites.clock(c.siteId()).getZone();
        title.setText(c.number() + " · " + c.serviceName());
        Span stage = new Span(getTranslation("stage." + c.stage().name()) + (c.paused() ? " · " + getTranslation("case.paused") : ""));
        stage.setId("case-stage");
        stage.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        status.removeAll();
        status.add(stage, CaseBadges.light(c.light()), new Span(getTranslation("case.page.days", c.daysUsed(), c.daysLeft(), c.limitDays())));
        details.removeAll();
        field(getTranslation("case.col.due"), CaseBadges.day(c.due()));
        field(getTranslation("case.page.accepted"), CaseBadges.time(c.acceptedAt(), zone));
        field(getTranslation("case.col.applicant"), getTranslation("kind." + c.applicant().kind().name()) + " · " + c.applicant().name());
        field(getTranslation("case.accept.idNumber"), c.applicant().idNumber());
        field(getTranslation("case.accept.phone"), c.applicant().phone());
        field(getTranslation("case.col.window"), c.windowNumber() + " · " + c.staffNumber());
        field(getTranslation("case.col.unit"), c.unit() == null ? getTranslation("unit.front") : c.unit());
        field(getTranslation("case.page.visits"), String.valueOf(c.visits()));
        if (c.missing() != null) {
            field(getTranslation("field.missing"), c.missing());
        }
        if (c.decision() != null) {
            field(getTranslation("field.decision"), (c.legalReason() == null ? "" : c.legalReason() + " · ") + c.decision());
        }
        actions.removeAll();
        if (c.open()) {
            switch (c.stage()) {
                case ACCEPTED -> {
                    action("case-review", "step.REVIEW_STARTED", () -> cases.startReview(Console.actor(), caseId));
                    action("case-not-accept", "step.NOT_ACCEPTED", () -> cases.notAccept(Console.actor(), caseId, reason.getValue(), text.getValue()));
                }
                case UNDER_REVIEW -> {
                    action("case-decide", "step.DECIDED", () -> cases.decide(Console.actor(), caseId, text.getValue()));
                    action("case-refuse", "step.REFUSED", () -> cases.refuse(Console.actor(), caseId, reason.getValue(), text.getValue()));
                }
                case DECIDED -> {
                    // S4: the result is handed out after the applicant's identity check and the staff member's fresh password
                    Button complete = new Button(getTranslation("case.page.do", getTranslation("step.COMPLETED")),
                            e -> IdentityGate.attempt(identity, suggested(c), this::checkApplicant, () -> cases.complete(Console.actor(), caseId, text.getValue()),
                                    Map.of("note", text), this::stepDone));
                    complete.setId("case-complete");
                    actions.add(complete);
                    Button check = new Button(getTranslation("identity.check.open"), e -> IdentityGate.askIdentity(suggested(c), this::checkApplicant, null,
                            this::refresh));
                    check.setId("case-check-identity");
                    actions.add(check);
                }
                default -> {
                }
            }
            if (c.paused()) {
                action("case-resume", "step.RESUMED", () -> cases.resume(Console.actor(), caseId));
            } else {
                action("case-pause", "step.PAUSED", () -> cases.pause(Console.actor(), caseId, text.getValue()));
            }
            action("case-handover", "step.HANDED_OVER", () -> cases.handOver(Console.actor(), caseId, unit.getValue(), text.getValue()));
        }
        timeline.setItems(reads.timeline(Console.actor(), caseId));
        handOvers.setItems(reads.handOvers(Console.actor(), caseId));
        checks.setItems(identity.of(Console.actor(), org.servicehall.casework.internal.CaseLifecycleImpl.CHECK_KIND, String.valueOf(caseId)));
    }

    private IdentityCheck checkApplicant(org.servicehall.security.IdentityDocument document, String number) {
        return cases.checkApplicant(Console.actor(), caseId, document, number);
    }

    /** The document the dialog offers first: an organisation's licence, a person's ID card. */
    static org.servicehall.security.IdentityDocument suggested(Case c) {
        return c.applicant().kind() == org.servicehall.casework.ApplicantKind.ORGANISATION ? org.servicehall.security.IdentityDocument.BUSINESS_LICENCE
                : org.servicehall.security.IdentityDocument.RESIDENT_ID_CARD;
    }

    private void stepDone() {
        text.clear();
        reason.clear();
        unit.clear();
        refresh();
    }

    private void field(String label, String value) {
        Span v = new Span(value == null ? "–" : value);
        details.addFormItem(v, label);
    }

    private void action(String id, String key, Supplier<Case> step) {
        Button b = new Button(getTranslation("case.page.do", getTranslation(key)), e -> {
            if (Console.attempt(step::get, Map.<String, HasValidation>of("decision", text, "missing", text, "note", text, "legalReason", reason,
                    "unit", unit))) {
                text.clear();
                reason.clear();
                unit.clear();
                refresh();
            }
        });
        b.setId(id);
        actions.add(b);
    }
}
