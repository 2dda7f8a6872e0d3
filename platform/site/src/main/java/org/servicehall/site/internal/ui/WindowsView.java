package org.servicehall.site.internal.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Windows (counters) of a site: number, name and the services each serves (Q5). */
public final class WindowsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<Window> grid = new Grid<>();
    private final IntegerField number = new IntegerField();
    private final TextField name = new TextField();
    private final MultiSelectComboBox<ServiceItem> services = new MultiSelectComboBox<>();
    private final Button delete;
    private Window editing;

    public WindowsView(SiteService sites) {
        this.sites = sites;
        setId("windows");
        picker = new SitePicker(sites, s -> refresh());
        add(new H2(getTranslation("windows.title")), picker);
        grid.setId("windows-grid");
        grid.addColumn(Window::number).setHeader(getTranslation("window.number")).setAutoWidth(true);
        grid.addColumn(Window::name).setHeader(getTranslation("window.name")).setFlexGrow(1);
        grid.addColumn(w -> String.join(", ", new java.util.TreeSet<>(w.serviceCodes()))).setHeader(getTranslation("window.services"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        number.setLabel(getTranslation("window.number"));
        number.setId("window-number");
        number.setMin(1);
        number.setMax(999);
        name.setLabel(getTranslation("window.name"));
        name.setId("window-name");
        services.setLabel(getTranslation("window.services"));
        services.setId("window-services");
        services.setItemLabelGenerator(i -> i.code() + " " + i.name());
        FormLayout form = new FormLayout(number, name, services);
        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("window-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("form.new"), e -> edit(null));
        create.setId("window-new");
        delete = new Button(getTranslation("form.delete"), e -> delete());
        delete.setId("window-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(grid, form, new HorizontalLayout(save, create, delete));
        refresh();
    }

    private void edit(Window window) {
        editing = window;
        number.setValue(window == null ? null : window.number());
        name.setValue(window == null ? "" : window.name());
        Set<String> codes = window == null ? Set.of() : window.serviceCodes();
        services.setValue(items().stream().filter(i -> codes.contains(i.code())).collect(Collectors.toSet()));
        delete.setEnabled(window != null);
    }

    private java.util.List<ServiceItem> items() {
        Site site = picker.getValue();
        return site == null ? java.util.List.of() : sites.serviceItems(site.id()).stream().filter(sites::isAvailable)
                .sorted(Comparator.comparing(ServiceItem::code)).toList();
    }

    private void save() {
        Site site = picker.getValue();
        if (site == null) {
            Console.error(new org.servicehall.common.HallException(getTranslation("site.choose")));
            return;
        }
        WindowDraft draft = new WindowDraft(number.getValue() == null ? 0 : number.getValue(), name.getValue(),
                services.getValue().stream().map(ServiceItem::code).collect(Collectors.toSet()));
        Window[] saved = new Window[1];
        if (Console.attempt(() -> saved[0] = editing == null ? sites.createWindow(Console.actor(), site.id(), draft)
                : sites.updateWindow(Console.actor(), editing.id(), draft),
                Map.of("number", number, "name", name, "serviceCodes", services))) {
            Console.success(getTranslation("form.saved", saved[0].number() + " " + saved[0].name()));
            refresh();
        }
    }

    private void delete() {
        if (editing != null && Console.attempt(() -> sites.deleteWindow(Console.actor(), editing.id()), Map.of())) {
            Console.success(getTranslation("form.deleted", editing.number() + " " + editing.name()));
            refresh();
        }
    }

    private void refresh() {
        Site site = picker.getValue();
        grid.setItems(site == null ? java.util.List.of() : sites.windows(site.id()));
        services.setItems(items());
        edit(null);
    }
}
