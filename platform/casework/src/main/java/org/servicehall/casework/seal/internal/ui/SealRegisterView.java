package org.servicehall.casework.seal.internal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.servicehall.casework.seal.SealRegister;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealRequestDraft;
import org.servicehall.common.HallException;
import org.servicehall.security.Role;
import org.servicehall.casework.ui.IdentityGate;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

/**
 * T6 seal register (用印登记): the period's requests with their state; staff ask and record uses,
 * supervisors approve or refuse; the register's entries download as CSV. Nothing is edited: every
 * step is a new entry.
 */
public final class SealRegisterView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient SealRegister register;
    private final SitePicker picker;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<SealRequest> grid = new Grid<>();
    private final Anchor csv = new Anchor();
    private final TextField document = new TextField();
    private final TextField seal = new TextField();
    private final TextField purpose = new TextField();
    private final IntegerField impressions = new IntegerField();
    private final IntegerField caseId = new IntegerField();
    private final TextField note = new TextField();
    private final IntegerField used = new IntegerField();
    private final transient SiteService sites;

    private final transient IdentityChecks identity;

    public SealRegisterView(SealRegister register, SiteService sites, IdentityChecks identity) {
        this.identity = identity;
        this.register = register;
        this.sites = sites;
        setId("seal-register");
        picker = new SitePicker(sites, s -> refresh());
        from.setLabel(getTranslation("casework.records.from"));
        to.setLabel(getTranslation("casework.records.to"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.setId("seal-grid");
        grid.addColumn(SealRequest::id).setHeader(getTranslation("casework.records.seal.id")).setAutoWidth(true);
        grid.addColumn(r -> time(r.requestedAt())).setHeader(getTranslation("casework.records.seal.requestedAt")).setAutoWidth(true);
        grid.addColumn(SealRequest::document).setHeader(getTranslation("seal.csv.document")).setFlexGrow(1);
        grid.addColumn(SealRequest::seal).setHeader(getTranslation("seal.csv.seal")).setAutoWidth(true);
        grid.addColumn(SealRequest::purpose).setHeader(getTranslation("seal.csv.purpose")).setFlexGrow(1);
        grid.addColumn(r -> r.caseId() == null ? "" : String.valueOf(r.caseId())).setHeader(getTranslation("seal.csv.case")).setAutoWidth(true);
        grid.addColumn(SealRequest::impressions).setHeader(getTranslation("seal.csv.impressions")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("seal.status." + r.status())).setHeader(getTranslation("casework.records.seal.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.decidedBy() == null ? "" : r.decidedBy()).setHeader(getTranslation("casework.records.seal.decidedBy"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.usedBy() == null ? "" : r.usedBy() + " ×" + r.usedImpressions())
                .setHeader(getTranslation("casework.records.seal.usedBy")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        csv.setId("seal-csv");
        csv.setText(getTranslation("casework.records.seal.csv"));
        csv.getElement().setAttribute("download", true);

        document.setId("seal-document");
        document.setLabel(getTranslation("seal.csv.document"));
        seal.setId("seal-seal");
        seal.setLabel(getTranslation("seal.csv.seal"));
        purpose.setId("seal-purpose");
        purpose.setLabel(getTranslation("seal.csv.purpose"));
        impressions.setId("seal-impressions");
        impressions.setLabel(getTranslation("seal.csv.impressions"));
        impressions.setValue(1);
        caseId.setId("seal-case");
        caseId.setLabel(getTranslation("seal.csv.case"));
        Button ask = new Button(getTranslation("casework.records.seal.ask"), e -> ask());
        ask.setId("seal-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        note.setId("seal-note");
        note.setLabel(getTranslation("seal.csv.note"));
        Button approve = new Button(getTranslation("casework.records.seal.approve"), e -> step("approve"));
        approve.setId("seal-approve");
        Button refuse = new Button(getTranslation("casework.records.seal.refuse"), e -> step("refuse"));
        refuse.setId("seal-refuse");
        boolean supervisor = Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false);
        approve.setVisible(supervisor);
        refuse.setVisible(supervisor);
        used.setId("seal-used");
        used.setLabel(getTranslation("seal.csv.impressions"));
        Button use = new Button(getTranslation("casework.records.seal.use"), e -> step("use"));
        use.setId("seal-use");
        HorizontalLayout steps = new HorizontalLayout(note, approve, refuse, used, use);
        steps.setAlignItems(Alignment.BASELINE);

        HorizontalLayout period = new HorizontalLayout(picker, from, to, csv);
        period.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("casework.records.menu.seals")), period, grid, steps, new H3(getTranslation("casework.records.seal.new")),
                new FormLayout(document, seal, purpose, impressions, caseId), ask);
        refresh();
    }

    private String time(Instant at) {
        Site site = picker.getValue();
        ZoneId zone = site == null ? ZoneId.systemDefault() : site.zone();
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private void refresh() {
        Site site = picker.getValue();
        if (site == null) {
            grid.setItems(List.of());
            return;
        }
        LocalDate today = sites.today(site.id());
        if (from.getValue() == null) {
            from.setValue(today.minusDays(30));
        }
        if (to.getValue() == null) {
            to.setValue(today);
        }
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (t.isBefore(f)) {
            return;
        }
        grid.setItems(register.requests(site.id(), f, t));
        csv.setHref(new StreamResource("seal-register-" + site.code() + "-" + f + "-" + t + ".csv",
                () -> new ByteArrayInputStream(register.csv(site.id(), f, t, getLocale()).getBytes(StandardCharsets.UTF_8))));
    }

    private void ask() {
        if (Console.attempt(() -> {
            Site site = picker.getValue();
            if (site == null) {
                throw new HallException(getTranslation("site.choose"));
            }
            register.request(Console.actor(), new SealRequestDraft(site.id(), caseId.getValue() == null ? null : caseId.getValue().longValue(),
                    document.getValue(), seal.getValue(), purpose.getValue(), impressions.getValue() == null ? 0 : impressions.getValue()));
        }, Map.of("document", document, "seal", seal, "purpose", purpose, "impressions", impressions))) {
            Console.success(getTranslation("casework.records.seal.asked"));
            document.clear();
            purpose.clear();
            refresh();
        }
    }

    private void step(String which) {
        if ("use".equals(which)) {
            use();
            return;
        }
        if (Console.attempt(() -> {
            SealRequest r = grid.asSingleSelect().getValue();
            if (r == null) {
                throw new HallException(getTranslation("casework.records.selectRow"));
            }
            switch (which) {
                case "approve" -> register.approve(Console.actor(), r.id(), note.getValue());
                case "refuse" -> register.refuse(Console.actor(), r.id(), note.getValue());
                default -> register.recordUse(Console.actor(), r.id(), used.getValue() == null ? r.impressions() : used.getValue());
            }
        }, Map.of("note", note, "reason", note, "impressions", used))) {
            Console.success(getTranslation("casework.records.seal.recorded"));
            note.clear();
            used.clear();
            refresh();
        }
    }

    /** S4: a seal is used after the citizen's identity check and the staff member's fresh password, asked in dialogs. */
    private void use() {
        SealRequest r = grid.asSingleSelect().getValue();
        if (r == null) {
            Console.error(new HallException(getTranslation("casework.records.selectRow")));
            return;
        }
        IdentityGate.attempt(identity, IdentityDocument.RESIDENT_ID_CARD, (d, n) -> register.checkIdentity(Console.actor(), r.id(), d, n),
                () -> register.recordUse(Console.actor(), r.id(), used.getValue() == null ? r.impressions() : used.getValue()),
                Map.of("impressions", used), () -> {
                    Console.success(getTranslation("casework.records.seal.recorded"));
                    note.clear();
                    used.clear();
                    refresh();
                });
    }
}
