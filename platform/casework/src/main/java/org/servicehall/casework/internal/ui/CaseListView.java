package org.servicehall.casework.internal.ui;

import java.util.Map;

import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.Light;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

/** T3: a site's cases, earliest deadline first, by light; a click opens the case page. */
public final class CaseListView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    private final transient CaseReadModel cases;
    private final SitePicker picker;
    private final Select<String> light = new Select<>();
    private final Checkbox openOnly = new Checkbox();
    private final Grid<Case> grid = new Grid<>();
    private final Span pageInfo = new Span();
    private int page;
    private long total;

    public CaseListView(CaseReadModel cases, SiteService sites) {
        this.cases = cases;
        setId("case-list");
        picker = new SitePicker(sites, s -> first());
        light.setId("case-list-light");
        light.setLabel(getTranslation("case.list.light"));
        light.setItems("", Light.GREEN.name(), Light.YELLOW.name(), Light.RED.name());
        light.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("case.list.anyLight") : getTranslation("light." + l));
        light.setValue("");
        light.addValueChangeListener(e -> first());
        openOnly.setLabel(getTranslation("case.list.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> first());
        grid.setId("case-grid");
        grid.addColumn(Case::number).setHeader(getTranslation("case.col.number")).setAutoWidth(true);
        grid.addColumn(Case::serviceName).setHeader(getTranslation("case.col.item")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("stage." + c.stage().name()) + (c.paused() ? " · " + getTranslation("case.paused") : ""))
                .setHeader(getTranslation("case.col.stage")).setAutoWidth(true);
        grid.addComponentColumn(c -> CaseBadges.light(c.light())).setHeader(getTranslation("case.col.light")).setAutoWidth(true);
        grid.addColumn(c -> CaseBadges.day(c.due())).setHeader(getTranslation("case.col.due")).setAutoWidth(true);
        grid.addColumn(Case::daysLeft).setHeader(getTranslation("case.col.left")).setAutoWidth(true);
        grid.addColumn(Case::windowNumber).setHeader(getTranslation("case.col.window")).setAutoWidth(true);
        grid.addColumn(Case::staffNumber).setHeader(getTranslation("case.col.staff")).setAutoWidth(true);
        grid.addColumn(c -> c.unit() == null ? getTranslation("unit.front") : c.unit()).setHeader(getTranslation("case.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.applicant().name()).setHeader(getTranslation("case.col.applicant")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("casework/case",
                QueryParameters.simple(Map.of("id", String.valueOf(e.getItem().id()))))));
        grid.setAllRowsVisible(true);
        Button previous = new Button(getTranslation("case.list.previous"), e -> move(-1));
        Button next = new Button(getTranslation("case.list.next"), e -> move(1));
        HorizontalLayout filters = new HorizontalLayout(picker, light, openOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout pager = new HorizontalLayout(previous, pageInfo, next);
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("case.list.title")), filters, grid, pager);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        first();
    }

    private void first() {
        page = 0;
        refresh();
    }

    private void move(int by) {
        int last = (int) Math.max(0, (total - 1) / PAGE);
        page = Math.max(0, Math.min(last, page + by));
        refresh();
    }

    private void refresh() {
        Site s = picker.getValue();
        if (s == null) {
            grid.setItems();
            return;
        }
        CaseFilter filter = openOnly.getValue() ? CaseFilter.OPEN : CaseFilter.ALL;
        if (!light.getValue().isEmpty()) {
            filter = filter.withLight(Light.valueOf(light.getValue()));
        }
        try {
            CasePage p = cases.cases(Console.actor(), s.id(), filter, page, PAGE);
            total = p.total();
            grid.setItems(p.cases());
            pageInfo.setText(getTranslation("case.list.page", page + 1, Math.max(1, (total + PAGE - 1) / PAGE), total));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }
}
