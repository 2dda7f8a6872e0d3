package org.servicehall.admincenter.internal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.GuideField;
import org.servicehall.admincenter.internal.GuideText;
import org.servicehall.admincenter.internal.ServiceGuide;
import org.servicehall.admincenter.internal.ServiceGuides;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** AC3: the centre's service guides per site — each field's shipped text, reworded for the site or reset; a link to the public page. */
public final class GuidesAdminView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient ServiceGuides guides;
    private final SitePicker picker;
    private final Select<String> item = new Select<>();
    private final Select<GuideField> field = new Select<>();
    private final TextArea zh = new TextArea();
    private final TextArea en = new TextArea();
    private final Anchor publicPage = new Anchor();

    public GuidesAdminView(ServiceGuides guides, CentreInfo centre, SiteService sites, ServiceCatalogue catalogue) {
        this.guides = guides;
        setId("admin-center-guides");
        picker = new SitePicker(sites, s -> load());
        item.setId("ac-guide-item");
        item.setLabel(getTranslation("admincenter.field.serviceCode"));
        List<String> items = centre.directory().items();
        item.setItems(items);
        item.setItemLabelGenerator(code -> catalogue.item(code).map(i -> i.name(getLocale())).orElse(code));
        items.stream().findFirst().ifPresent(item::setValue);
        item.addValueChangeListener(e -> load());
        field.setId("ac-guide-field");
        field.setLabel(getTranslation("admincenter.ui.guideField"));
        field.setItems(Arrays.asList(GuideField.values()));
        field.setItemLabelGenerator(f -> getTranslation("admincenter.guide.field." + f.key()));
        field.setValue(GuideField.BASIS);
        field.addValueChangeListener(e -> load());
        zh.setId("ac-guide-zh");
        zh.setLabel(getTranslation("admincenter.field.text"));
        zh.setWidthFull();
        en.setId("ac-guide-en");
        en.setLabel(getTranslation("admincenter.field.textEn"));
        en.setWidthFull();
        Button save = new Button(getTranslation("admincenter.ui.save"), e -> save());
        save.setId("ac-guide-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("admincenter.guide.reset"), e -> reset());
        reset.setId("ac-guide-reset");
        publicPage.setText(getTranslation("admincenter.ui.publicPage"));
        publicPage.setTarget("_blank");
        HorizontalLayout top = new HorizontalLayout(picker, item, field);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("admincenter.menu.guides")), top, zh, en, new HorizontalLayout(save, reset), publicPage);
        load();
    }

    private void load() {
        Site s = picker.getValue();
        if (s == null || item.getValue() == null || field.getValue() == null) {
            return;
        }
        try {
            ServiceGuide g = guides.guide(s.id(), item.getValue());
            GuideText t = g.field(field.getValue());
            zh.setValue(t.zh());
            en.setValue(t.en());
            zh.setHelperText(g.siteWorded().contains(field.getValue()) ? getTranslation("admincenter.ui.siteWorded") : getTranslation("admincenter.ui.shipped"));
            publicPage.setHref("/api/v1/admin-center/public/sites/" + s.code() + "/guides/" + item.getValue() + "/page?lang=" + getLocale().getLanguage());
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    private void save() {
        Site s = picker.getValue();
        if (s == null) {
            return;
        }
        if (Console.attempt(() -> guides.setField(Console.actor(), s.id(), item.getValue(), field.getValue().key(), zh.getValue(), en.getValue()),
                Map.of("text", zh, "textEn", en))) {
            Console.success(getTranslation("admincenter.guide.saved"));
            load();
        }
    }

    private void reset() {
        Site s = picker.getValue();
        if (s != null && Console.attempt(() -> guides.resetField(Console.actor(), s.id(), item.getValue(), field.getValue().key()), Map.of())) {
            load();
        }
    }
}
