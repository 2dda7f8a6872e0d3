package org.servicehall.admincenter.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.OneWindow;
import org.servicehall.admincenter.internal.Unit;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** AC1: a back-office unit's inbox — its own open cases; it reviews, decides and returns them to the pick-up window. */
public final class UnitInboxView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient OneWindow window;
    private final SitePicker picker;
    private final Select<Unit> unit = new Select<>();
    private final Grid<Case> grid;
    private final TextField text = new TextField();

    public UnitInboxView(OneWindow window, CaseLifecycle cases, CentreInfo centre, SiteService sites) {
        this.window = window;
        setId("admin-center-inbox");
        picker = new SitePicker(sites, s -> refresh());
        unit.setId("ac-inbox-unit");
        unit.setLabel(getTranslation("admincenter.field.unit"));
        List<Unit> units = centre.directory().units();
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        units.stream().findFirst().ifPresent(unit::setValue);
        unit.addValueChangeListener(e -> refresh());
        grid = CaseColumns.grid("ac-inbox", centre.directory(), getLocale());
        text.setId("ac-inbox-text");
        text.setLabel(getTranslation("admincenter.ui.decisionOrNote"));
        text.setWidth("28em");
        Button review = new Button(getTranslation("admincenter.ui.startReview"), e -> act(c -> cases.startReview(Console.actor(), c.id())));
        review.setId("ac-start-review");
        Button decide = new Button(getTranslation("admincenter.ui.decide"), e -> act(c -> cases.decide(Console.actor(), c.id(), text.getValue())));
        decide.setId("ac-decide");
        Button back = new Button(getTranslation("admincenter.ui.returnToPickUp"), e -> act(c -> window.returnToPickUp(Console.actor(), c.id(), text.getValue())));
        back.setId("ac-return");
        HorizontalLayout top = new HorizontalLayout(picker, unit);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(text, review, decide, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("admincenter.menu.inbox")), top, grid, actions);
        refresh();
    }

    private void act(Function<Case, Case> step) {
        Case selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            Console.success(getTranslation("admincenter.ui.pickCase"));
            return;
        }
        Console.attempt(() -> {
            Case c = step.apply(selected);
            Console.success(getTranslation("admincenter.ui.done", c.number(), getTranslation("admincenter.stage." + c.stage().name())));
            refresh();
        }, Map.of("decision", text, "note", text));
    }

    private void refresh() {
        Site s = picker.getValue();
        try {
            grid.setItems(s == null || unit.getValue() == null ? List.of() : window.inbox(Console.actor(), s.id(), unit.getValue().code()));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }
}
