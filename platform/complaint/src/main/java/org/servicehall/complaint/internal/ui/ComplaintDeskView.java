package org.servicehall.complaint.internal.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.servicehall.common.DomainEvents;
import org.servicehall.common.Subscription;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.ComplaintStep;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.Resolution;
import org.servicehall.complaint.internal.CaseUrgency;
import org.servicehall.complaint.internal.SiteStaff;
import org.servicehall.complaint.internal.WorkflowRules;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Urgency;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The complaint desk (staff and above, P2): the site's cases with their deadlines colour-coded
 * (amber due soon, red overdue, with the escalation), the selected case with the workflow steps the
 * signed-in user may take. Contact data is masked unless the user handles the case (S3).
 */
public final class ComplaintDeskView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final transient ComplaintWorkflow complaints;
    private final transient ComplaintDeadlines deadlines;
    private final transient CaseUrgency urgency;
    private final transient DomainEvents events;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Checkbox openOnly = new Checkbox();
    private final Grid<Complaint> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final ComboBox<Staff> owner = new ComboBox<>();
    private final TextArea finding = new TextArea();
    private final TextArea action = new TextArea();
    private final Checkbox confirmed = new Checkbox();
    private final Checkbox atFault = new Checkbox();
    private final ComboBox<Staff> atFaultStaff = new ComboBox<>();
    private final TextArea feedback = new TextArea();
    private final TextField rejectReason = new TextField();
    private Long selectedId;
    private transient Subscription subscription;

    public ComplaintDeskView(ComplaintWorkflow complaints, ComplaintDeadlines deadlines, CaseUrgency urgency, DomainEvents events,
            SiteService sites) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.urgency = urgency;
        this.events = events;
        this.sites = sites;
        setId("complaint-desk");
        picker = new SitePicker(sites, s -> refresh());
        openOnly.setId("complaint-open-only");
        openOnly.setLabel(getTranslation("complaint.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> refresh());
        Button check = new Button(getTranslation("complaint.checkDeadlines"), e -> {
            Site s = picker.getValue();
            if (s != null && Console.attempt(() -> Console.success(getTranslation("complaint.checked", deadlines.checkDeadlines(s.id()))),
                    Map.of())) {
                refresh();
            }
        });
        check.setId("complaint-check-deadlines");
        check.setVisible(Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false));
        grid.setId("complaint-grid");
        grid.addColumn(Complaint::trackingNumber).setHeader(getTranslation("complaint.col.tracking")).setAutoWidth(true);
        grid.addColumn(k -> DAY.format(k.registeredOn())).setHeader(getTranslation("complaint.col.registered")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("complaint.source." + k.source().name())).setHeader(getTranslation("complaint.col.source"))
                .setAutoWidth(true);
        grid.addColumn(k -> categoryName(k.category())).setHeader(getTranslation("complaint.col.category")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("complaint.status." + k.status().name())).setHeader(getTranslation("complaint.col.status"))
                .setAutoWidth(true);
        grid.addColumn(k -> k.owner() == null ? "" : k.owner()).setHeader(getTranslation("complaint.col.owner")).setAutoWidth(true);
        grid.addColumn(k -> (k.staffNumber() == null ? "" : k.staffNumber()) + (k.windowNumber() == null ? "" : " @" + k.windowNumber()))
                .setHeader(getTranslation("complaint.col.staff")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("complaint.col.due")).setAutoWidth(true);
        grid.addColumn(k -> k.escalationLevel() == 0 ? "" : getTranslation("complaint.escalation." + Math.min(2, k.escalationLevel())))
                .setHeader(getTranslation("complaint.col.escalation")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> {
            if (e.isFromClient()) {
                selectedId = e.getFirstSelectedItem().map(Complaint::id).orElse(null);
                showDetail();
            }
        });
        detail.setId("complaint-detail");
        owner.setId("complaint-owner");
        owner.setLabel(getTranslation("complaint.owner"));
        owner.setItemLabelGenerator(ComplaintDeskView::staffLabel);
        finding.setId("complaint-finding");
        finding.setLabel(getTranslation("complaint.finding"));
        action.setId("complaint-action");
        action.setLabel(getTranslation("complaint.action"));
        confirmed.setId("complaint-confirmed");
        confirmed.setLabel(getTranslation("complaint.confirmed"));
        atFault.setId("complaint-at-fault");
        atFault.setLabel(getTranslation("complaint.atFault"));
        atFaultStaff.setId("complaint-at-fault-staff");
        atFaultStaff.setLabel(getTranslation("complaint.atFaultStaff"));
        atFaultStaff.setItemLabelGenerator(ComplaintDeskView::staffLabel);
        atFaultStaff.setClearButtonVisible(true);
        atFaultStaff.setEnabled(false);
        atFault.addValueChangeListener(e -> atFaultStaff.setEnabled(e.getValue()));
        feedback.setId("complaint-feedback-text");
        feedback.setLabel(getTranslation("complaint.feedbackText"));
        rejectReason.setId("complaint-reject-reason");
        rejectReason.setLabel(getTranslation("complaint.rejectReason"));
        for (HasSize f : List.of(finding, action, feedback, rejectReason)) {
            f.setWidth("36em");
        }
        Button changeDeadlines = new Button(getTranslation("complaint.deadlines"), e -> editDeadlines());
        changeDeadlines.setId("complaint-deadlines");
        changeDeadlines.setVisible(Console.currentActor().map(a -> a.has(Role.ADMIN)).orElse(false));
        add(new H2(getTranslation("complaint.desk.title")), new HorizontalLayout(picker, openOnly, check, changeDeadlines), grid, detail);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        refresh();
    }

    private String categoryName(String code) {
        boolean zh = getLocale() != null && "zh".equals(getLocale().getLanguage());
        return complaints.categories().stream().filter(c -> c.code().equals(code)).findFirst().map(c -> zh ? c.name() : c.nameEn())
                .orElse(code);
    }

    /** The current stage's deadline, amber when due soon, red when overdue. */
    private Span due(Complaint k) {
        Span s = new Span(k.due() == null ? "" : DAY.format(k.due()));
        Urgency u = urgency.urgency(k);
        if (u == Urgency.DUE_SOON || u == Urgency.OVERDUE) {
            boolean red = u == Urgency.OVERDUE;
            s.setText(s.getText() + " · " + getTranslation("complaint.urgency." + u.name()));
            s.getElement().setAttribute("data-urgency", u.name());
            s.getStyle().set("color", "white").set("padding", "0 .4em").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background", red ? "var(--lumo-error-color)" : "#e69500");
        }
        s.addClassName("complaint-due");
        return s;
    }

    private void refresh() {
        Site s = picker.getValue();
        Actor actor = Console.actor();
        List<Complaint> list = s == null ? List.of() : complaints.complaints(actor, s.id(), openOnly.getValue());
        grid.setItems(list);
        List<Staff> staff = s == null ? List.of() : sites.staff(s.id()).stream().filter(Staff::active).toList();
        owner.setItems(staff);
        atFaultStaff.setItems(staff);
        if (selectedId != null) {
            list.stream().filter(k -> k.id() == selectedId).findFirst().ifPresent(grid::select);
        }
        showDetail();
    }

    private void showDetail() {
        detail.removeAll();
        if (selectedId == null) {
            detail.add(new Span(getTranslation("complaint.detail.select")));
            return;
        }
        Actor actor = Console.actor();
        Complaint k;
        try {
            k = complaints.complaint(actor, selectedId);
        } catch (RuntimeException e) {
            Console.error(e);
            return;
        }
        detail.add(new H3(k.trackingNumber() + " · " + getTranslation("complaint.status." + k.status().name())));
        Div text = new Div();
        text.setId("complaint-text");
        text.setText(k.text());
        detail.add(text);
        Div visit = new Div();
        visit.setId("complaint-visit");
        visit.setText(visitLine(k));
        detail.add(visit);
        Span contact = new Span(k.anonymous() ? getTranslation("complaint.detail.anonymous")
                : getTranslation("complaint.detail.contact", k.contactName() == null ? "" : k.contactName(),
                        k.contactPhone() == null ? "" : k.contactPhone()) + (k.contactVisible() ? "" : " " + getTranslation("complaint.detail.masked")));
        contact.setId("complaint-contact");
        detail.add(contact);
        if (k.finding() != null) {
            detail.add(new Div(getTranslation("complaint.detail.finding", k.finding())),
                    new Div(getTranslation("complaint.detail.action", k.action())));
        }
        if (k.feedback() != null) {
            detail.add(new Div(getTranslation("complaint.detail.feedback", k.feedback())));
        }
        if (k.rejectionReason() != null) {
            detail.add(new Div(getTranslation("complaint.detail.rejected", k.rejectionReason())));
        }
        Set<ComplaintStep> steps = WorkflowRules.steps(k.status());
        boolean supervisor = actor.has(Role.SUPERVISOR);
        boolean handles = supervisor || k.owner() != null && k.owner().equalsIgnoreCase(actor.username());
        long id = k.id();
        if (steps.contains(ComplaintStep.ASSIGN) && supervisor) {
            owner.clear();
            detail.add(new HorizontalLayout(owner, button("complaint-assign", "complaint.assign",
                    () -> complaints.assign(actor, id, owner.getValue() == null ? null : owner.getValue().username()), Map.of("owner", owner))));
        }
        if (steps.contains(ComplaintStep.INVESTIGATE) && handles) {
            detail.add(button("complaint-investigate", "complaint.investigate", () -> complaints.startInvestigation(actor, id), Map.of()));
        }
        if (steps.contains(ComplaintStep.RESOLVE) && handles) {
            finding.clear();
            action.clear();
            confirmed.clear();
            atFault.clear();
            atFaultStaff.setValue(staffOf(k).orElse(null));
            atFaultStaff.setEnabled(false);
            detail.add(finding, action, new HorizontalLayout(confirmed, atFault, atFaultStaff),
                    button("complaint-resolve", "complaint.resolve", () -> complaints.resolve(actor, id, Resolution.builder(finding.getValue(),
                            action.getValue()).confirmed(confirmed.getValue()).staffAtFault(atFault.getValue())
                            .staffNumber(atFault.getValue() && atFaultStaff.getValue() != null ? atFaultStaff.getValue().staffNumber() : null)
                            .build()), Map.of("finding", finding, "action", action, "staffNumber", atFaultStaff)));
        }
        if (steps.contains(ComplaintStep.GIVE_FEEDBACK) && handles) {
            feedback.clear();
            detail.add(feedback, button("complaint-feedback", "complaint.feedback", () -> complaints.giveFeedback(actor, id, feedback.getValue()),
                    Map.of("feedback", feedback)));
        }
        if (steps.contains(ComplaintStep.CLOSE) && supervisor) {
            detail.add(button("complaint-close", "complaint.close", () -> complaints.close(actor, id), Map.of()));
        }
        if (steps.contains(ComplaintStep.REJECT) && supervisor) {
            rejectReason.clear();
            Button reject = button("complaint-reject", "complaint.reject", () -> complaints.reject(actor, id, rejectReason.getValue()),
                    Map.of("reason", rejectReason));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(new HorizontalLayout(rejectReason, reject));
        }
    }

    private static String staffLabel(Staff s) {
        return s.name() + " (" + s.staffNumber() + ")";
    }

    /** The staff member the case names (by staff number or account), among the site's staff. */
    private Optional<Staff> staffOf(Complaint k) {
        return SiteStaff.find(sites, k.siteId(), k.staffNumber());
    }

    /** P3: the visit the case is about: ticket, window and staff member, as far as known. */
    private String visitLine(Complaint k) {
        String ticket = k.ticketNumber() == null ? getTranslation("complaint.detail.none") : k.ticketNumber();
        String window = k.windowNumber() == null ? getTranslation("complaint.detail.none") : String.valueOf(k.windowNumber());
        String staff = k.staffNumber() == null ? getTranslation("complaint.detail.none")
                : staffOf(k).map(ComplaintDeskView::staffLabel).orElse(k.staffNumber());
        return getTranslation("complaint.detail.visit", ticket, window, staff);
    }

    private Button button(String id, String label, Runnable step, Map<String, ? extends HasValidation> fields) {
        Button b = new Button(getTranslation(label), e -> {
            if (Console.attempt(step, fields)) {
                Console.success(getTranslation("complaint.done"));
                refresh();
            }
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = events.subscribe(ComplaintEvents.PREFIX, e -> ui.access(this::refreshList));
    }

    /** After a change elsewhere: the list only, so a form being filled in keeps its input. */
    private void refreshList() {
        Site s = picker.getValue();
        if (s != null) {
            List<Complaint> list = complaints.complaints(Console.actor(), s.id(), openOnly.getValue());
            grid.setItems(list);
            if (selectedId != null) {
                list.stream().filter(k -> k.id() == selectedId).findFirst().ifPresent(grid::select);
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(event);
    }

    /** P2 (admin): the site's deadlines in working days, with the defaults shown until changed. */
    private void editDeadlines() {
        Site site = picker.getValue();
        if (site == null) {
            return;
        }
        DeadlineSettings now = deadlines.deadlineSettings(site.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("complaint.deadlines.title", site.name()));
        IntegerField acceptance = days("complaint-deadline-acceptance", "complaint.deadlines.acceptance", now.acceptanceDays());
        IntegerField resolution = days("complaint-deadline-resolution", "complaint.deadlines.resolution", now.resolutionDays());
        IntegerField feedback = days("complaint-deadline-feedback", "complaint.deadlines.feedback", now.feedbackDays());
        IntegerField escalation = days("complaint-deadline-escalation", "complaint.deadlines.escalation", now.adminEscalationDays());
        Button save = new Button(getTranslation("form.save"), e -> {
            if (Console.attempt(() -> deadlines.setDeadlineSettings(Console.actor(), site.id(),
                    new DeadlineSettings(value(acceptance), value(resolution), value(feedback), value(escalation))),
                    Map.of("acceptanceDays", acceptance, "resolutionDays", resolution, "feedbackDays", feedback,
                            "adminEscalationDays", escalation))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("complaint-deadlines-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(acceptance, resolution, feedback, escalation));
        dialog.getFooter().add(save);
        dialog.open();
    }

    private IntegerField days(String id, String label, int value) {
        IntegerField f = new IntegerField(getTranslation(label));
        f.setId(id);
        f.setValue(value);
        f.setStepButtonsVisible(true);
        return f;
    }

    /** An empty field is 0 days, which the service refuses naming the field. */
    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
