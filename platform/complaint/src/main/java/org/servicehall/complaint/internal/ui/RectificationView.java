package org.servicehall.complaint.internal.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.RectificationStatus;
import org.servicehall.complaint.Rectifications;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** P4: rectification tasks of confirmed complaints, open first, overdue in red; owners report them done, supervisors verify. */
public final class RectificationView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Rectifications rectifications;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<Rectification> grid = new Grid<>();
    private final TextField evidence = new TextField();

    public RectificationView(Rectifications rectifications, Clock clock, SiteService sites) {
        this.rectifications = rectifications;
        this.sites = sites;
        setId("rectifications");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("rectification-grid");
        grid.addColumn(Rectification::trackingNumber).setHeader(getTranslation("rectification.col.complaint")).setAutoWidth(true);
        grid.addColumn(Rectification::what).setHeader(getTranslation("rectification.col.what")).setFlexGrow(1);
        grid.addColumn(Rectification::owner).setHeader(getTranslation("rectification.col.owner")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.due().toString());
            if (r.overdue(sites.today(r.siteId()))) { // the site's day (issue 12)
                s.getStyle().set("color", "white").set("background", "var(--lumo-error-color)").set("padding", "0 .4em");
                s.getElement().setAttribute("data-urgency", "OVERDUE");
            }
            return s;
        }).setHeader(getTranslation("rectification.col.due")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("rectification.status." + r.status().name())).setHeader(getTranslation("rectification.col.status"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        evidence.setId("rectification-evidence");
        evidence.setLabel(getTranslation("rectification.evidence"));
        evidence.setWidth("30em");
        Button done = new Button(getTranslation("rectification.done"), e -> selected().ifPresent(r -> {
            if (Console.attempt(() -> rectifications.completeRectification(Console.actor(), r.id(), evidence.getValue()),
                    Map.of("evidence", evidence))) {
                evidence.clear();
                refresh();
            }
        }));
        done.setId("rectification-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button verify = new Button(getTranslation("rectification.verify"), e -> selected().ifPresent(r -> {
            if (Console.attempt(() -> rectifications.verifyRectification(Console.actor(), r.id()), Map.of())) {
                refresh();
            }
        }));
        verify.setId("rectification-verify");
        verify.setVisible(Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false));
        add(new H2(getTranslation("rectification.title")), picker, grid, new HorizontalLayout(evidence, done, verify));
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        refresh();
    }

    private Optional<Rectification> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        Site s = picker.getValue();
        List<Rectification> list = s == null ? List.of() : rectifications.rectifications(Console.actor(), s.id(), false);
        grid.setItems(list.stream().sorted(Comparator.comparing((Rectification r) -> r.status() == RectificationStatus.VERIFIED)
                .thenComparing(Rectification::due)).toList());
    }
}
