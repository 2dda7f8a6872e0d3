package org.servicehall.casework.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.servicehall.casework.Case;
import org.servicehall.casework.CaseEvents;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.HolidayTables;
import org.servicehall.casework.Light;
import org.servicehall.casework.Supervision;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.Subscription;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

/**
 * T3 electronic supervision board (电子监察): a site's open cases counted green, yellow and red
 * in large tiles, broken down by service item, unit, window or staff member, the red and yellow
 * cases first (a click opens the case), the escalations (supervisors) and the holiday-table
 * warning (administrators, T2). Refreshed on every casework event.
 */
public final class SupervisionView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int FIRST_PAGE = 20;

    private final transient Supervision supervision;
    private final transient CaseReadModel cases;
    private final transient HolidayTables holidays;
    private final transient DomainEvents events;
    private final SitePicker picker;
    private final HorizontalLayout tiles = new HorizontalLayout();
    private final Select<Dimension> by = new Select<>();
    private final Grid<Supervision.Tally> tallies = new Grid<>();
    private final Grid<Case> urgent = new Grid<>();
    private final Grid<Supervision.Escalation> escalations = new Grid<>();
    private final Div warnings = new Div();
    private transient Subscription subscription;

    public SupervisionView(Supervision supervision, CaseReadModel cases, HolidayTables holidays, DomainEvents events, SiteService sites) {
        this.supervision = supervision;
        this.cases = cases;
        this.holidays = holidays;
        this.events = events;
        setId("supervision-board");
        picker = new SitePicker(sites, s -> refresh());
        tiles.setId("supervision-tiles");
        by.setId("supervision-by");
        by.setLabel(getTranslation("supervision.by"));
        by.setItems(Dimension.values());
        by.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        by.setValue(Dimension.SERVICE);
        by.addValueChangeListener(e -> refresh());
        tallies.setId("supervision-tallies");
        tallies.addColumn(t -> t.key().isEmpty() ? getTranslation("unit.front") : t.key()).setHeader(getTranslation("supervision.key"))
                .setAutoWidth(true);
        tallies.addColumn(Supervision.Tally::green).setHeader(getTranslation("light.GREEN"));
        tallies.addColumn(Supervision.Tally::yellow).setHeader(getTranslation("light.YELLOW"));
        tallies.addColumn(Supervision.Tally::red).setHeader(getTranslation("light.RED"));
        tallies.setAllRowsVisible(true);
        urgent.setId("supervision-urgent");
        urgent.addComponentColumn(c -> CaseBadges.light(c.light())).setHeader(getTranslation("case.col.light")).setAutoWidth(true);
        urgent.addColumn(Case::number).setHeader(getTranslation("case.col.number")).setAutoWidth(true);
        urgent.addColumn(Case::serviceName).setHeader(getTranslation("case.col.item")).setAutoWidth(true);
        urgent.addColumn(c -> CaseBadges.day(c.due())).setHeader(getTranslation("case.col.due")).setAutoWidth(true);
        urgent.addColumn(Case::daysLeft).setHeader(getTranslation("case.col.left")).setAutoWidth(true);
        urgent.addColumn(c -> c.unit() == null ? getTranslation("unit.front") : c.unit()).setHeader(getTranslation("case.col.unit")).setAutoWidth(true);
        urgent.addColumn(Case::staffNumber).setHeader(getTranslation("case.col.staff"));
        urgent.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("casework/case",
                QueryParameters.simple(Map.of("id", String.valueOf(e.getItem().id()))))));
        urgent.setAllRowsVisible(true);
        escalations.setId("supervision-escalations");
        escalations.addColumn(Supervision.Escalation::number).setHeader(getTranslation("case.col.number")).setAutoWidth(true);
        escalations.addColumn(Supervision.Escalation::serviceCode).setHeader(getTranslation("case.col.item")).setAutoWidth(true);
        escalations.addColumn(Supervision.Escalation::staffNumber).setHeader(getTranslation("case.col.staff")).setAutoWidth(true);
        escalations.setAllRowsVisible(true);
        warnings.setId("supervision-holiday-warnings");
        warnings.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        boolean supervisor = Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false);
        escalations.setVisible(supervisor);
        add(new H2(getTranslation("supervision.title")), warnings, picker, tiles, new H3(getTranslation("supervision.urgent")), urgent,
                by, tallies);
        if (supervisor) {
            add(new H3(getTranslation("supervision.escalations")), escalations);
        }
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        refresh();
    }

    private Div tile(Light light, long count) {
        Div number = new Div();
        number.setText(String.valueOf(count));
        number.getStyle().set("font-size", "3rem").set("font-weight", "700").set("line-height", "1.1");
        Div label = new Div(CaseBadges.light(light));
        Div tile = new Div(number, label);
        tile.setId("supervision-" + light.name().toLowerCase());
        tile.getElement().setAttribute("data-count", String.valueOf(count));
        tile.getStyle().set("padding", "1em 2em").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("text-align", "center").set("min-width", "9em");
        return tile;
    }

    private void refresh() {
        Site s = picker.getValue();
        if (s == null) {
            return;
        }
        try {
            Supervision.Counts counts = supervision.counts(Console.actor(), s.id(), by.getValue());
            tiles.removeAll();
            tiles.add(tile(Light.RED, counts.all().red()), tile(Light.YELLOW, counts.all().yellow()), tile(Light.GREEN, counts.all().green()));
            tallies.setItems(counts.rows());
            List<Case> red = cases.cases(Console.actor(), s.id(), CaseFilter.OPEN.withLight(Light.RED), 0, FIRST_PAGE).cases();
            List<Case> yellow = red.size() >= FIRST_PAGE ? List.of()
                    : cases.cases(Console.actor(), s.id(), CaseFilter.OPEN.withLight(Light.YELLOW), 0, FIRST_PAGE - red.size()).cases();
            urgent.setItems(Stream.concat(red.stream(), yellow.stream()).toList());
            if (escalations.isVisible()) {
                escalations.setItems(supervision.escalations(Console.actor(), s.id()));
            }
            boolean admin = Console.currentActor().map(a -> a.has(Role.ADMIN)).orElse(false);
            List<HolidayTables.Warning> missing = admin ? holidays.warnings().stream().filter(w -> w.siteId() == s.id()).toList() : List.of();
            warnings.setText(missing.isEmpty() ? "" : getTranslation("supervision.noHolidayTable",
                    missing.stream().map(w -> String.valueOf(w.year())).reduce((a, b) -> a + ", " + b).orElse("")));
            warnings.setVisible(!missing.isEmpty());
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = events.subscribe(CaseEvents.PREFIX, e -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(event);
    }
}
