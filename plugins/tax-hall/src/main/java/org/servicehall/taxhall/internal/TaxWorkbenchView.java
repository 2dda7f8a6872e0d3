package org.servicehall.taxhall.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.fee.Fee;
import org.servicehall.casework.fee.FeeDraft;
import org.servicehall.casework.fee.Fees;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.NoticeDraft;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.OneTimeNotices;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductRule;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.casework.ui.IdentityGate;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.web.Console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The tax window's workbench (TX1-TX3): the ticket called at the window → its case (accepted here
 * for a tax item) with the item's materials checklist (T4), the one-time notice for what is missing
 * (the case waits for it, 补正), the return visit, the one fee the item may charge (TX2), and the
 * completion; beside it the tax hall's conduct clauses, the item's policy notes and the long-queue
 * measures standing now. The applicant's data is shown as casework gives it to this reader (TX3).
 */
public final class TaxWorkbenchView extends HorizontalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Services s;
    private final SitePicker site;
    private final ComboBox<Window> window = new ComboBox<>();
    private final ComboBox<Ticket> ticket = new ComboBox<>();
    private final Div work = new Div();
    private final VerticalLayout side = new VerticalLayout();
    private transient Case current;

    /** What the workbench works with (the platform's exported services). */
    record Services(SiteService sites, QueueReadModel queue, CaseLifecycle cases, CaseReadModel reads, Checklists checklists,
            OneTimeNotices notices, Fees fees, TaxFeePolicy feePolicy, ConductCatalogue conduct, LongQueueMeasures measures, PolicyNotes policy,
            IdentityChecks identity) {
    }

    public TaxWorkbenchView(Services services) {
        this.s = services;
        setId("tax-workbench");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.START);
        site = new SitePicker(s.sites(), x -> loadSite());
        window.setId("tax-window");
        window.setLabel(getTranslation("taxhall.bench.window"));
        window.setItemLabelGenerator(w -> w.number() + " · " + w.name());
        window.addValueChangeListener(e -> loadTickets());
        ticket.setId("tax-ticket");
        ticket.setLabel(getTranslation("taxhall.bench.ticket"));
        ticket.setItemLabelGenerator(t -> t.number() + " · " + itemName(t.siteId(), t.serviceCode()));
        ticket.addValueChangeListener(e -> showTicket());
        Button refresh = new Button(getTranslation("taxhall.bench.refresh"), e -> loadTickets());
        refresh.setId("tax-refresh");
        HorizontalLayout pickers = new HorizontalLayout(site, window, ticket, refresh);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("flex-wrap", "wrap");
        work.setId("tax-work");
        work.setWidthFull();
        VerticalLayout main = new VerticalLayout(new H2(getTranslation("taxhall.bench.title")), pickers, work);
        main.setPadding(false);
        main.getStyle().set("flex", "3 1 0").set("min-width", "0");
        side.setId("tax-side");
        side.setPadding(false);
        side.getStyle().set("flex", "2 1 0").set("min-width", "0").set("border-left", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-left", "var(--lumo-space-m)");
        add(main, side);
        loadSite();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
    }

    private String itemName(long siteId, String code) {
        return s.sites().serviceItems(siteId).stream().filter(i -> i.code().equals(code)).map(ServiceItem::name).findFirst().orElse(code);
    }

    private void loadSite() {
        Site x = site.getValue();
        window.setItems(x == null ? List.of() : s.sites().windows(x.id()).stream()
                .filter(w -> w.serviceCodes().stream().anyMatch(c -> c.startsWith("TX-"))).toList());
        ticket.setItems(List.<Ticket>of());
        current = null;
        showWork();
    }

    private void loadTickets() {
        Window w = window.getValue();
        List<Ticket> open = w == null ? List.of() : s.queue().current(w.id());
        ticket.setItems(open);
        open.stream().findFirst().ifPresentOrElse(ticket::setValue, () -> {
            current = null;
            showWork();
        });
    }

    private void showTicket() {
        Ticket t = ticket.getValue();
        current = t == null ? null : findCase(t).orElse(null);
        showWork();
    }

    /** The open case of this ticket's visit, or a case paused for materials of the same item at this site (the return visit). */
    private Optional<Case> findCase(Ticket t) {
        List<Case> open = s.reads().cases(Console.actor(), t.siteId(), CaseFilter.OPEN, 0, 200).cases();
        return open.stream().filter(c -> c.ticketId() == t.id()).findFirst();
    }

    private void showWork() {
        work.removeAll();
        Site x = site.getValue();
        Ticket t = ticket.getValue();
        showSide(x, current == null ? (t == null ? null : t.serviceCode()) : current.serviceCode());
        if (x == null || t == null) {
            work.add(new Paragraph(getTranslation("taxhall.bench.noTicket")));
            return;
        }
        if (current == null) {
            work.add(acceptForm(x, t), returnForm(x, t));
            return;
        }
        if (!current.open()) {
            work.add(caseSummary(current), fee(x, current)); // completed: what was done, nothing more to do
            return;
        }
        work.add(caseSummary(current), checklist(x, current, t), fee(x, current), completion(current));
    }

    private Component acceptForm(Site x, Ticket t) {
        ComboBox<ServiceItem> item = new ComboBox<>(getTranslation("taxhall.bench.item"));
        item.setId("tax-item");
        List<ServiceItem> taxItems = s.sites().serviceItems(x.id()).stream().filter(i -> TaxItems.isCase(i.code()) && s.sites().isAvailable(i)).toList();
        item.setItems(taxItems);
        item.setItemLabelGenerator(i -> i.name() + " (" + i.code() + ")");
        taxItems.stream().filter(i -> i.code().equals(t.serviceCode())).findFirst().ifPresent(item::setValue);
        RadioButtonGroup<ApplicantKind> kind = new RadioButtonGroup<>(getTranslation("taxhall.bench.kind"));
        kind.setId("tax-kind");
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("taxhall.bench.kind." + k.name()));
        kind.setValue(ApplicantKind.ORGANISATION);
        TextField name = new TextField(getTranslation("taxhall.bench.name"));
        name.setId("tax-name");
        TextField number = new TextField(getTranslation("taxhall.bench.taxpayerNumber"));
        number.setId("tax-number");
        TextField phone = new TextField(getTranslation("taxhall.bench.phone"));
        phone.setId("tax-phone");
        Button accept = new Button(getTranslation("taxhall.bench.accept"));
        accept.setId("tax-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> {
            Case[] opened = new Case[1];
            boolean ok = Console.attempt(() -> opened[0] = s.cases().open(Console.actor(), new CaseIntake(t.id(),
                    item.getValue() == null ? null : item.getValue().code(), kind.getValue(), name.getValue(), number.getValue(), phone.getValue())),
                    Map.<String, HasValidation>of("serviceCode", item, "applicantName", name, "applicantId", number, "applicantPhone", phone));
            if (ok) {
                current = opened[0];
                Console.success(getTranslation("taxhall.bench.accepted", current.number(), current.due() == null ? "–" : current.due().toString()));
                showWork();
            }
        });
        FormLayout form = new FormLayout(item, kind, name, number, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return section("tax-accept-form", new H3(getTranslation("taxhall.bench.acceptTitle", t.number())), form, accept);
    }

    /** A return visit (补正后再来): the paused case of this site the taxpayer brings the materials for, by its number. */
    private Component returnForm(Site x, Ticket t) {
        TextField number = new TextField(getTranslation("taxhall.bench.caseNumber"));
        number.setId("tax-return-number");
        Button back = new Button(getTranslation("taxhall.bench.returnVisit"));
        back.setId("tax-return");
        back.addClickListener(e -> {
            Case[] found = new Case[1];
            boolean ok = Console.attempt(() -> {
                Case c = s.reads().byNumber(Console.actor(), number.getValue());
                c = s.cases().returnVisit(Console.actor(), c.id(), t.id());
                found[0] = c.paused() ? s.cases().resume(Console.actor(), c.id()) : c;
            }, Map.<String, HasValidation>of("number", number));
            if (ok) {
                current = found[0];
                Console.success(getTranslation("taxhall.bench.returned", current.number(), current.visits()));
                showWork();
            }
        });
        HorizontalLayout row = new HorizontalLayout(number, back);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("tax-return-form", new H3(getTranslation("taxhall.bench.returnTitle")), row);
    }

    private Component caseSummary(Case c) {
        Div box = new Div();
        box.setId("tax-case");
        box.add(new H3(getTranslation("taxhall.bench.case", c.number(), c.serviceName())));
        String kind = getTranslation("taxhall.bench.kind." + c.applicant().kind().name());
        box.add(line("taxhall.bench.taxpayer", kind + " · " + c.applicant().name() + " · " + c.applicant().idNumber()));
        box.add(line("taxhall.bench.stage", getTranslation("taxhall.stage." + c.stage().name())
                + (c.paused() ? " · " + getTranslation("taxhall.bench.paused", c.missing()) : "")));
        box.add(line("taxhall.bench.due", !c.open() ? getTranslation("taxhall.bench.doneIn", c.daysUsed(), c.limitDays())
                : c.due() == null ? getTranslation("taxhall.bench.clockStopped")
                : getTranslation("taxhall.bench.dueDays", c.due().toString(), c.daysLeft(), c.limitDays())));
        box.add(line("taxhall.bench.visits", String.valueOf(c.visits())));
        box.add(new Anchor("casework/case?id=" + c.id(), getTranslation("taxhall.bench.openCase")));
        return box;
    }

    /** One step of the work: its parts one under the other. */
    private static VerticalLayout section(String id, Component... parts) {
        VerticalLayout box = new VerticalLayout(parts);
        box.setId(id);
        box.setPadding(false);
        box.setSpacing(false);
        box.getStyle().set("gap", "var(--lumo-space-s)");
        return box;
    }

    private Component line(String label, String value) {
        Span l = new Span(getTranslation(label) + "：");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span v = new Span(value);
        v.getStyle().set("font-weight", "600");
        return new Div(l, v);
    }

    private Component checklist(Site x, Case c, Ticket t) {
        List<ChecklistItem> items = s.checklists().checklist(x.id(), c.serviceCode());
        Locale locale = locale();
        CheckboxGroup<ChecklistItem> brought = new CheckboxGroup<>(getTranslation("taxhall.bench.brought"));
        brought.setId("tax-brought");
        brought.setItems(items);
        brought.setItemLabelGenerator(i -> i.name().in(locale) + (i.requirement() == Requirement.CONDITIONAL
                ? "（" + getTranslation("taxhall.bench.when", i.condition().in(locale)) + "）" : ""));
        CheckboxGroup<ChecklistItem> applicable = new CheckboxGroup<>(getTranslation("taxhall.bench.applicable"));
        applicable.setId("tax-applicable");
        List<ChecklistItem> conditional = items.stream().filter(i -> i.requirement() == Requirement.CONDITIONAL).toList();
        applicable.setItems(conditional);
        applicable.setItemLabelGenerator(i -> i.condition().in(locale));
        applicable.setVisible(!conditional.isEmpty());
        Div result = new Div();
        result.setId("tax-check-result");
        Button check = new Button(getTranslation("taxhall.bench.check"));
        check.setId("tax-check");
        check.addClickListener(e -> Console.attempt(() -> {
            MaterialsCheck done = s.checklists().recordCheck(Console.actor(), new MaterialsCheckDraft(x.id(), c.id(), c.visits(), c.serviceCode(),
                    codes(brought.getValue()), codes(applicable.getValue())));
            result.removeAll();
            if (done.complete()) {
                result.add(new Paragraph(getTranslation("taxhall.bench.complete")));
            } else {
                result.add(missing(items, done, x, c, t));
            }
        }, Map.of()));
        VerticalLayout box = section("tax-checklist", new H3(getTranslation("taxhall.bench.checklist")), brought, applicable, check, result);
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation("taxhall.bench.noChecklist")));
        }
        return box;
    }

    private static Set<String> codes(Set<ChecklistItem> picked) {
        return picked.stream().map(ChecklistItem::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** T4: what is missing, and the one notice that lists all of it; the case then waits for it (补正). */
    private Component missing(List<ChecklistItem> items, MaterialsCheck done, Site x, Case c, Ticket t) {
        Locale locale = locale();
        UnorderedList list = new UnorderedList();
        List<String> names = items.stream().filter(i -> done.missing().contains(i.code())).map(i -> i.name().in(locale)).toList();
        names.forEach(n -> list.add(new ListItem(n)));
        Button notice = new Button(getTranslation("taxhall.bench.notice"));
        notice.setId("tax-notice");
        notice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div printed = new Div();
        notice.addClickListener(e -> Console.attempt(() -> {
            OneTimeNotice n = s.notices().issue(Console.actor(), new NoticeDraft(x.id(), c.id(), c.number(), c.visits(), t.windowNumber(), null, null));
            Case paused = c.paused() ? c : s.cases().pause(Console.actor(), c.id(), String.join("、", names));
            current = paused;
            printed.removeAll();
            Anchor print = new Anchor("casework/notice?id=" + n.id(), getTranslation("taxhall.bench.print"));
            print.setId("tax-notice-print");
            printed.add(new Paragraph(getTranslation("taxhall.bench.noticeIssued", paused.number())), print);
            notice.setEnabled(false);
        }, Map.of()));
        return section("tax-missing", new Paragraph(getTranslation("taxhall.bench.missing")), list, notice, printed);
    }

    /** TX2: the one fee the item may charge, at the hall's amount; forms are free. */
    private Component fee(Site x, Case c) {
        VerticalLayout box = section("tax-fee", new H3(getTranslation("taxhall.bench.fee")));
        BigDecimal allowed = s.feePolicy().rule().allowedAmount(c.serviceCode());
        List<Fee> taken = s.fees().fees(x.id(), c.id());
        taken.forEach(f -> box.add(new Paragraph(getTranslation("taxhall.bench.feeRecorded", f.receiptNumber(), f.amount().toPlainString()))));
        if (allowed == null) {
            box.add(new Paragraph(getTranslation("taxhall.bench.noFee")));
            return box;
        }
        if (!taken.isEmpty() || !c.open()) {
            return box; // the item's one 工本费 is taken (TX2)
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("taxhall.bench.amount"));
        amount.setId("tax-fee-amount");
        amount.setValue(allowed);
        Button record = new Button(getTranslation("taxhall.bench.recordFee"));
        record.setId("tax-fee-record");
        record.addClickListener(e -> {
            Fee[] f = new Fee[1];
            boolean ok = Console.attempt(() -> f[0] = s.fees().record(Console.actor(), new FeeDraft(x.id(), c.id(), c.serviceCode(), TaxItems.WORK_COST,
                    getTranslation("taxhall.bench.workCost"), amount.getValue())), Map.<String, HasValidation>of("amount", amount));
            if (ok) {
                Console.success(getTranslation("taxhall.bench.feeRecorded", f[0].receiptNumber(), f[0].amount().toPlainString()));
                showWork();
            }
        });
        HorizontalLayout row = new HorizontalLayout(amount, record);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(new Paragraph(getTranslation("taxhall.bench.feeRule", allowed.toPlainString())), row);
        return box;
    }

    /** 办结: review, decision and completion in the order casework asks; the case must not be waiting for materials. */
    private Component completion(Case c) {
        TextField decision = new TextField(getTranslation("taxhall.bench.decision"));
        decision.setId("tax-decision");
        decision.setValue(getTranslation("taxhall.bench.decisionDefault"));
        decision.setWidth("24em");
        Button complete = new Button(getTranslation("taxhall.bench.completeCase"));
        complete.setId("tax-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        complete.setEnabled(c.open() && !c.paused());
        complete.addClickListener(e -> {
            Case[] done = new Case[1];
            // S4: the result is handed out after the applicant's identity check and the clerk's fresh password (asked in dialogs)
            IdentityGate.attempt(s.identity(), c.applicant().kind() == ApplicantKind.ORGANISATION ? IdentityDocument.BUSINESS_LICENCE
                    : IdentityDocument.RESIDENT_ID_CARD, (d, n) -> s.cases().checkApplicant(Console.actor(), c.id(), d, n), () -> {
                        Case x = s.reads().byId(Console.actor(), c.id());
                        if (x.stage() == CaseStage.ACCEPTED) {
                            x = s.cases().startReview(Console.actor(), x.id());
                        }
                        if (x.stage() == CaseStage.UNDER_REVIEW) {
                            x = s.cases().decide(Console.actor(), x.id(), decision.getValue());
                        }
                        done[0] = s.cases().complete(Console.actor(), x.id(), null);
                    }, Map.<String, HasValidation>of("decision", decision), () -> {
                        current = done[0];
                        Console.success(getTranslation("taxhall.bench.completed", current.number(), current.daysUsed(), current.limitDays()));
                        showWork();
                    });
        });
        HorizontalLayout row = new HorizontalLayout(decision, complete);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = section("tax-completion", new H3(getTranslation("taxhall.bench.completion")), row);
        if (c.paused()) {
            box.add(new Paragraph(getTranslation("taxhall.bench.waitsForMaterials")));
        }
        return box;
    }

    /** Beside the work: the tax hall's conduct clauses, the item's policy notes, the long-queue measures standing now. */
    private void showSide(Site x, String serviceCode) {
        side.removeAll();
        Locale locale = locale();
        boolean zh = "zh".equals(locale.getLanguage());
        if (x != null) {
            List<QueueMeasure> standing = s.measures().standing(x.id());
            if (!standing.isEmpty()) {
                Div m = new Div(new H3(getTranslation("taxhall.bench.measures")));
                m.setId("tax-measures");
                m.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff4e5)").set("padding", "var(--lumo-space-s)");
                standing.forEach(q -> m.add(new Paragraph(itemName(x.id(), q.serviceCode()) + "：" + getTranslation("taxhall.measure." + q.measure().name()))));
                side.add(m);
            }
        }
        if (serviceCode != null && s.policy().items().contains(serviceCode)) {
            Div notes = new Div(new H3(getTranslation("taxhall.bench.policy")));
            notes.setId("tax-policy");
            for (PolicyNotes.Note n : s.policy().notes(serviceCode, locale)) {
                Paragraph p = new Paragraph();
                Span title = new Span(n.title() + "：");
                title.getStyle().set("font-weight", "600");
                Span basis = new Span("（" + n.basis() + "）");
                basis.getStyle().set("color", "var(--lumo-secondary-text-color)");
                p.add(title, new Span(n.text()), basis);
                notes.add(p);
            }
            side.add(notes);
        }
        Div clauses = new Div(new H3(getTranslation("taxhall.bench.conduct")));
        clauses.setId("tax-conduct");
        if (x != null) {
            UnorderedList list = new UnorderedList();
            for (ConductRule r : s.conduct().enabledRules(x.id())) {
                if (r.code().startsWith("TX-")) {
                    list.add(new ListItem(zh || r.textEn() == null || r.textEn().isBlank() ? r.textZh() : r.textEn()));
                }
            }
            clauses.add(list);
        }
        side.add(clauses);
    }
}
