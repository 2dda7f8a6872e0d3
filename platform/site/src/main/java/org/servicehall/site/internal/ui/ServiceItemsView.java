package org.servicehall.site.internal.ui;

import java.util.List;
import java.util.Map;

import org.servicehall.site.ServiceItem;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Service items of a site: code, name, ticket prefix, sector and time limit (Q1, T1). Items of a
 * sector whose plugin is not installed stay listed, marked unavailable.
 */
public final class ServiceItemsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<ServiceItem> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField prefix = new TextField();
    private final Select<TimeLimitClass> limitClass = new Select<>();
    private final IntegerField limitDays = new IntegerField();
    private final Button delete;
    private ServiceItem editing;

    public ServiceItemsView(SiteService sites) {
        this.sites = sites;
        setId("service-items");
        picker = new SitePicker(sites, s -> refresh());
        add(new H2(getTranslation("items.title")), new Paragraph(getTranslation("items.intro")), picker);
        grid.setId("items-grid");
        grid.addColumn(ServiceItem::code).setHeader(getTranslation("item.code")).setAutoWidth(true);
        grid.addColumn(ServiceItem::name).setHeader(getTranslation("item.name")).setFlexGrow(1);
        grid.addColumn(ServiceItem::ticketPrefix).setHeader(getTranslation("item.prefix")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("sector." + i.sector())).setHeader(getTranslation("item.sector")).setAutoWidth(true);
        grid.addColumn(i -> limitText(i.timeLimit())).setHeader(getTranslation("item.timeLimit")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(sites.isAvailable(i) ? "item.available" : "item.unavailable"))
                .setHeader(getTranslation("item.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setLabel(getTranslation("item.code"));
        code.setId("item-code");
        name.setLabel(getTranslation("item.name"));
        name.setId("item-name");
        prefix.setLabel(getTranslation("item.prefix"));
        prefix.setId("item-prefix");
        prefix.setMaxLength(2);
        limitClass.setLabel(getTranslation("item.timeLimit"));
        limitClass.setItems(TimeLimitClass.values());
        limitClass.setItemLabelGenerator(c -> getTranslation("timeLimit." + c.name()));
        limitClass.addValueChangeListener(e -> limitDays.setEnabled(e.getValue() == TimeLimitClass.LEGAL));
        limitDays.setLabel(getTranslation("item.legalDays"));
        limitDays.setMin(1);
        limitDays.setMax(TimeLimit.MAX_LEGAL_DAYS);
        FormLayout form = new FormLayout(code, name, prefix, limitClass, limitDays);
        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("form.new"), e -> edit(null));
        delete = new Button(getTranslation("form.delete"), e -> delete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(grid, form, new HorizontalLayout(save, create, delete));
        refresh();
    }

    private String limitText(TimeLimit limit) {
        return limit.kind() == TimeLimitClass.LEGAL ? getTranslation("timeLimit.legalDays", limit.workingDays())
                : getTranslation("timeLimit." + limit.kind().name());
    }

    private void edit(ServiceItem item) {
        editing = item;
        code.setValue(item == null ? "" : item.code());
        code.setReadOnly(item != null);
        name.setValue(item == null ? "" : item.name());
        prefix.setValue(item == null ? "" : item.ticketPrefix());
        limitClass.setValue(item == null ? TimeLimitClass.ON_THE_SPOT : item.timeLimit().kind());
        limitDays.setValue(item == null || item.timeLimit().kind() != TimeLimitClass.LEGAL ? null : item.timeLimit().workingDays());
        delete.setEnabled(item != null);
    }

    private void save() {
        Site site = picker.getValue();
        if (site == null) {
            Console.error(new org.servicehall.common.HallException(getTranslation("site.choose")));
            return;
        }
        ServiceItem[] saved = new ServiceItem[1];
        if (Console.attempt(() -> {
            TimeLimitClass kind = limitClass.getValue();
            TimeLimit limit = kind == null ? null
                    : new TimeLimit(kind, limitDays.getValue() == null ? 0 : limitDays.getValue());
            ServiceItemDraft draft = new ServiceItemDraft(code.getValue(), name.getValue(), prefix.getValue(),
                    editing == null ? "core" : editing.sector(), limit);
            saved[0] = editing == null ? sites.createServiceItem(Console.actor(), site.id(), draft)
                    : sites.updateServiceItem(Console.actor(), editing.id(), draft);
        }, Map.of("code", code, "name", name, "ticketPrefix", prefix, "timeLimit", limitDays))) {
            Console.success(getTranslation("form.saved", saved[0].name()));
            refresh();
        }
    }

    private void delete() {
        if (editing != null && Console.attempt(() -> sites.deleteServiceItem(Console.actor(), editing.id()), Map.of())) {
            Console.success(getTranslation("form.deleted", editing.name()));
            refresh();
        }
    }

    private void refresh() {
        Site site = picker.getValue();
        grid.setItems(site == null ? List.of() : sites.serviceItems(site.id()));
        edit(null);
    }
}
