package org.servicehall.site.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.servicehall.site.CatalogueItem;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WorkingDayCalendar;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A sector's service-item catalogue for one site (T1): each item with its time limit, the date a
 * matter accepted today would be due on the site's working-day calendar, and whether the site
 * offers it; an admin adds an item to the site with a ticket prefix. Sector plugins put it on
 * their screen and add what is particular to them around it.
 */
public class CatalogueScreen extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final transient ServiceCatalogue catalogue;
    private final transient Clock clock;
    private final String sector;
    private final SitePicker picker;
    private final Grid<CatalogueItem> grid = new Grid<>();
    private transient Map<String, ServiceItem> adopted = Map.of();
    private transient WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());

    public CatalogueScreen(String sector, SiteService sites, ServiceCatalogue catalogue, Clock clock) {
        this.sector = sector;
        this.sites = sites;
        this.catalogue = catalogue;
        this.clock = clock;
        setPadding(false);
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("catalogue-" + sector);
        grid.addColumn(CatalogueItem::code).setHeader(getTranslation("catalogue.code")).setAutoWidth(true);
        grid.addColumn(i -> i.name(getLocale())).setHeader(getTranslation("catalogue.name")).setFlexGrow(2);
        grid.addColumn(i -> limitText(i.timeLimit())).setHeader(getTranslation("catalogue.timeLimit")).setAutoWidth(true);
        grid.addColumn(i -> dueToday(i.timeLimit()).toString()).setHeader(getTranslation("catalogue.dueIfAcceptedToday"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::siteColumn).setHeader(getTranslation("catalogue.atSite")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(picker, grid);
        refresh();
    }

    /** The date by which a matter of this time limit accepted today (the chosen site's day, in its zone) is due, on its calendar. */
    protected LocalDate dueToday(TimeLimit limit) {
        Site site = picker.getValue();
        return limit.deadline(site == null ? LocalDate.now(clock) : sites.today(site.id()), calendar);
    }

    protected String limitText(TimeLimit limit) {
        return limit.kind() == TimeLimitClass.LEGAL ? getTranslation("timeLimit.legalDays", limit.workingDays())
                : getTranslation("timeLimit." + limit.kind().name());
    }

    private HorizontalLayout siteColumn(CatalogueItem item) {
        ServiceItem existing = adopted.get(item.code());
        if (existing != null) {
            return new HorizontalLayout(new com.vaadin.flow.component.html.Span(
                    getTranslation("catalogue.offered", existing.ticketPrefix())));
        }
        TextField prefix = new TextField();
        prefix.setValue(item.defaultPrefix());
        prefix.setMaxLength(2);
        prefix.setWidth("4em");
        prefix.setAriaLabel(getTranslation("item.prefix"));
        Button add = new Button(getTranslation("catalogue.add"), e -> adopt(item, prefix));
        add.setId("adopt-" + item.code());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(prefix, add);
    }

    private void adopt(CatalogueItem item, TextField prefix) {
        Site site = picker.getValue();
        if (site != null && Console.attempt(() -> sites.adoptCatalogueItem(Console.actor(), site.id(), item.code(), prefix.getValue()),
                Map.of("ticketPrefix", prefix))) {
            Console.success(getTranslation("form.saved", item.name(getLocale())));
            refresh();
        }
    }

    /** Reloads the catalogue and the chosen site's items and calendar. */
    public final void refresh() {
        Site site = picker.getValue();
        adopted = site == null ? Map.of()
                : sites.serviceItems(site.id()).stream().collect(java.util.stream.Collectors.toMap(ServiceItem::code, Function.identity()));
        calendar = site == null ? new WorkingDayCalendar(List.of()) : sites.calendar(site.id());
        grid.setItems(catalogue.items(sector));
    }

    /** The site chosen on the screen, if any. */
    public Optional<Site> site() {
        return Optional.ofNullable(picker.getValue());
    }
}
