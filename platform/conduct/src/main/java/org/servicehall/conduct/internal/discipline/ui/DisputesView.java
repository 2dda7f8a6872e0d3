package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.Disputes;
import org.servicehall.security.Role;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * C8: a quarrel at a window is escalated at once to the chief representative or the supervision
 * desk (首席代表、监察台), never argued out; the desk records how it was settled.
 */
public final class DisputesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Disputes disputes;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<Dispute> grid = new Grid<>();
    private final ComboBox<Integer> window;
    private final ComboBox<String> staff;
    private final TextArea description = new TextArea();
    private final ComboBox<String> escalatedTo = new ComboBox<>();
    private final TextArea resolution = new TextArea();

    public DisputesView(Disputes disputes, SiteService sites, Clock clock) {
        this.disputes = disputes;
        this.sites = sites;
        setId("disputes");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("disputes-grid");
        grid.addColumn(d -> Ui.time(d.reportedAt(), Ui.clock(sites, picker.getValue(), clock))).setHeader(getTranslation("discipline.time")).setAutoWidth(true);
        grid.addColumn(Dispute::windowNumber).setHeader(getTranslation("discipline.window")).setAutoWidth(true);
        grid.addColumn(Dispute::staffNumber).setHeader(getTranslation("discipline.staff")).setAutoWidth(true);
        grid.addColumn(Dispute::description).setHeader(getTranslation("discipline.dispute.description")).setFlexGrow(1);
        grid.addColumn(Dispute::escalatedTo).setHeader(getTranslation("discipline.dispute.escalatedTo")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("discipline.dispute." + d.status())).setHeader(getTranslation("discipline.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.resolution() == null ? "" : d.resolution() + " (" + d.resolvedBy() + ")")
                .setHeader(getTranslation("discipline.dispute.resolution")).setFlexGrow(1);
        grid.setAllRowsVisible(true);

        window = Ui.windowBox("dispute-window", getTranslation("discipline.window"));
        staff = Ui.staffBox("dispute-staff", getTranslation("discipline.staff"));
        description.setId("dispute-description");
        description.setLabel(getTranslation("discipline.dispute.description"));
        escalatedTo.setId("dispute-escalated-to");
        escalatedTo.setLabel(getTranslation("discipline.dispute.escalatedTo"));
        escalatedTo.setItems(getTranslation("discipline.dispute.desk"), getTranslation("discipline.dispute.chief"));
        escalatedTo.setAllowCustomValue(true);
        escalatedTo.addCustomValueSetListener(e -> escalatedTo.setValue(e.getDetail()));
        Button escalate = new Button(getTranslation("discipline.dispute.escalate"), e -> escalate());
        escalate.setId("dispute-escalate");
        escalate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);

        resolution.setId("dispute-resolution");
        resolution.setLabel(getTranslation("discipline.dispute.resolution"));
        resolution.setWidth("100%");
        Button resolve = new Button(getTranslation("discipline.dispute.resolve"), e -> resolve());
        resolve.setId("dispute-resolve");
        HorizontalLayout resolveRow = new HorizontalLayout(resolution, resolve);
        resolveRow.setWidthFull();
        resolveRow.setAlignItems(Alignment.BASELINE);
        resolveRow.setVisible(Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false));

        add(new H2(getTranslation("discipline.disputes.title")), picker, new H3(getTranslation("discipline.dispute.new")),
                new FormLayout(window, staff, escalatedTo, description), escalate, grid, resolveRow);
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        Ui.fill(sites, site, window, staff);
        grid.setItems(site == null ? List.of() : disputes.disputes(site.id()));
        description.clear();
        escalatedTo.setValue(getTranslation("discipline.dispute.desk"));
        resolution.clear();
    }

    private void escalate() {
        if (Console.attempt(() -> disputes.escalateDispute(Console.actor(), Ui.require(picker.getValue(), this).id(),
                new DisputeDraft(window.getValue() == null ? 0 : window.getValue(), staff.getValue(), description.getValue(),
                        escalatedTo.getValue())),
                Map.of("windowNumber", window, "staffNumber", staff, "description", description, "escalatedTo", escalatedTo))) {
            Console.success(getTranslation("discipline.dispute.escalated"));
            refresh();
        }
    }

    private void resolve() {
        if (Console.attempt(() -> {
            Dispute d = grid.asSingleSelect().getValue();
            if (d == null) {
                throw new HallException(getTranslation("discipline.selectRow"));
            }
            disputes.resolveDispute(Console.actor(), d.id(), resolution.getValue());
        }, Map.of("resolution", resolution))) {
            Console.success(getTranslation("discipline.dispute.resolved"));
            refresh();
        }
    }
}
