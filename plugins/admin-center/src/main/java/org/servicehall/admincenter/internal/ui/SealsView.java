package org.servicehall.admincenter.internal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.CentreSeals;
import org.servicehall.admincenter.internal.OneWindow;
import org.servicehall.admincenter.internal.Seal;
import org.servicehall.casework.seal.SealRegister;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.ui.IdentityGate;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

/**
 * AC5 (T6): the centre's seals — a request names one of the centre's own seals and, optionally, its
 * case; a supervisor approves, staff record the use, all in casework's append-only seal register,
 * exported as CSV. The last 30 days' requests are listed.
 */
public final class SealsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient SealRegister register;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<SealRequest> grid = new Grid<>();
    private final Anchor export = new Anchor();

    private final transient IdentityChecks identity;

    public SealsView(CentreSeals seals, SealRegister register, OneWindow window, CentreInfo centre, SiteService sites, IdentityChecks identity) {
        this.identity = identity;
        this.register = register;
        this.sites = sites;
        setId("admin-center-seals");
        picker = new SitePicker(sites, s -> refresh());
        Select<Seal> seal = new Select<>();
        seal.setId("ac-seal");
        seal.setLabel(getTranslation("admincenter.field.seal"));
        seal.setItems(centre.directory().seals());
        seal.setItemLabelGenerator(s -> s.name(getLocale()));
        centre.directory().seals().stream().findFirst().ifPresent(seal::setValue);
        TextField caseNumber = new TextField(getTranslation("admincenter.field.caseNumber.optional"));
        caseNumber.setId("ac-seal-case");
        TextField document = new TextField(getTranslation("admincenter.field.document"));
        document.setId("ac-seal-document");
        TextField purpose = new TextField(getTranslation("admincenter.field.purpose"));
        purpose.setId("ac-seal-purpose");
        IntegerField impressions = new IntegerField(getTranslation("admincenter.field.impressions"));
        impressions.setValue(1);
        impressions.setMin(1);
        impressions.setMax(100);
        Button request = new Button(getTranslation("admincenter.seal.request"), e -> {
            Site s = picker.getValue();
            if (s != null && Console.attempt(() -> {
                Long caseId = caseNumber.getValue().isBlank() ? null : window.byNumber(Console.actor(), caseNumber.getValue().strip()).id();
                seals.request(Console.actor(), s.id(), caseId, seal.getValue() == null ? null : seal.getValue().code(), document.getValue(),
                        purpose.getValue(), impressions.getValue() == null ? 0 : impressions.getValue());
            }, Map.of("seal", seal, "document", document, "purpose", purpose, "impressions", impressions, "caseNumber", caseNumber))) {
                refresh();
            }
        });
        request.setId("ac-seal-request");
        grid.setId("ac-seal-requests");
        grid.addColumn(SealRequest::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(SealRequest::seal).setHeader(getTranslation("admincenter.field.seal")).setAutoWidth(true);
        grid.addColumn(SealRequest::document).setHeader(getTranslation("admincenter.field.document")).setAutoWidth(true);
        grid.addColumn(SealRequest::impressions).setHeader(getTranslation("admincenter.field.impressions")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("admincenter.seal.status." + r.status().name())).setHeader(getTranslation("admincenter.ui.col.stage"))
                .setAutoWidth(true);
        grid.addColumn(SealRequest::requestedBy).setHeader(getTranslation("admincenter.seal.requestedBy")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button approve = new Button(getTranslation("admincenter.seal.approve"), e -> act(r -> register.approve(Console.actor(), r.id(), null)));
        approve.setId("ac-seal-approve");
        Button use = new Button(getTranslation("admincenter.seal.use"), e -> use());
        use.setId("ac-seal-use");
        export.setId("ac-seal-export");
        export.setText(getTranslation("admincenter.seal.export"));
        export.getElement().setAttribute("download", true);
        HorizontalLayout form = new HorizontalLayout(seal, caseNumber, document, purpose, impressions, request);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("admincenter.seal.title")), picker, form, grid, new HorizontalLayout(approve, use, export));
        refresh();
    }

    /** S4: a seal is used after the citizen's identity check and the clerk's fresh password (asked in dialogs). */
    private void use() {
        SealRequest r = grid.asSingleSelect().getValue();
        if (r == null) {
            Console.success(getTranslation("admincenter.seal.pick"));
            return;
        }
        IdentityGate.attempt(identity, IdentityDocument.RESIDENT_ID_CARD, (d, n) -> register.checkIdentity(Console.actor(), r.id(), d, n),
                () -> register.recordUse(Console.actor(), r.id(), r.impressions()), Map.of(), this::refresh);
    }

    private void act(Consumer<SealRequest> step) {
        SealRequest r = grid.asSingleSelect().getValue();
        if (r == null) {
            Console.success(getTranslation("admincenter.seal.pick"));
            return;
        }
        if (Console.attempt(() -> step.accept(r), Map.of())) {
            refresh();
        }
    }

    private void refresh() {
        Site s = picker.getValue();
        if (s == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            LocalDate today = sites.today(s.id());
            grid.setItems(register.requests(s.id(), today.minusDays(30), today));
            byte[] csv = register.csv(s.id(), today.minusDays(30), today, getLocale()).getBytes(StandardCharsets.UTF_8);
            export.setHref(new StreamResource("seal-register-" + today + ".csv", () -> new ByteArrayInputStream(csv)));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }
}
