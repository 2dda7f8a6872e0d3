package org.servicehall.site.internal.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.SiteService;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** Sites (halls): code, name, address, opening hours and time zone. */
public final class SitesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final Grid<Site> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TimePicker opensAt = new TimePicker();
    private final TimePicker closesAt = new TimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private Site editing;

    public SitesView(SiteService sites) {
        this.sites = sites;
        setId("sites");
        add(new H2(getTranslation("sites.title")));
        grid.setId("sites-grid");
        grid.addColumn(Site::code).setHeader(getTranslation("site.code")).setAutoWidth(true);
        grid.addColumn(Site::name).setHeader(getTranslation("site.name")).setFlexGrow(1);
        grid.addColumn(Site::address).setHeader(getTranslation("site.address")).setFlexGrow(1);
        grid.addColumn(s -> s.opensAt() + "–" + s.closesAt()).setHeader(getTranslation("site.hours")).setAutoWidth(true);
        grid.addColumn(s -> s.zone().getId()).setHeader(getTranslation("site.zone")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setLabel(getTranslation("site.code"));
        code.setId("site-code");
        name.setLabel(getTranslation("site.name"));
        name.setId("site-name");
        address.setLabel(getTranslation("site.address"));
        opensAt.setLabel(getTranslation("site.opensAt"));
        closesAt.setLabel(getTranslation("site.closesAt"));
        zone.setLabel(getTranslation("site.zone"));
        zone.setId("site-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        FormLayout form = new FormLayout(code, name, address, opensAt, closesAt, zone);
        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("site-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("form.new"), e -> edit(null));
        add(grid, form, new HorizontalLayout(save, create));
        refresh();
        edit(null);
    }

    private void edit(Site site) {
        editing = site;
        code.setValue(site == null ? "" : site.code());
        code.setReadOnly(site != null);
        name.setValue(site == null ? "" : site.name());
        address.setValue(site == null || site.address() == null ? "" : site.address());
        opensAt.setValue(site == null ? LocalTime.of(9, 0) : site.opensAt());
        closesAt.setValue(site == null ? LocalTime.of(17, 0) : site.closesAt());
        zone.setValue(site == null ? null : site.zone().getId()); // empty for a new site: the installation's zone
    }

    private void save() {
        SiteDraft draft = new SiteDraft(code.getValue(), name.getValue(), address.getValue(), opensAt.getValue(), closesAt.getValue(),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
        Site[] saved = new Site[1];
        if (Console.attempt(() -> saved[0] = editing == null ? sites.createSite(Console.actor(), draft)
                : sites.updateSite(Console.actor(), editing.id(), draft),
                Map.of("code", code, "name", name, "address", address, "opensAt", opensAt, "closesAt", closesAt, "zone", zone))) {
            Console.success(getTranslation("form.saved", saved[0].name()));
            refresh();
            edit(saved[0]);
        }
    }

    private void refresh() {
        grid.setItems(sites.sites());
    }
}
