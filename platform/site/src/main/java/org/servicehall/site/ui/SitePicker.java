package org.servicehall.site.ui;

import java.util.List;
import java.util.function.Consumer;

import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinSession;

/** Chooses the site a page works on; the choice is kept for the session. */
public final class SitePicker extends ComboBox<Site> {
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = "servicehall.site";

    public SitePicker(SiteService sites, Consumer<Site> onChange) {
        setLabel(getTranslation("site.picker"));
        setId("site-picker");
        setItemLabelGenerator(s -> s.code() + " – " + s.name());
        setWidth("24em");
        List<Site> all = sites.sites();
        setItems(all);
        Object remembered = VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        all.stream().filter(s -> remembered != null && s.id() == (Long) remembered).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(this::setValue);
        addValueChangeListener(e -> {
            if (e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(ATTRIBUTE, e.getValue().id());
            }
            onChange.accept(e.getValue());
        });
    }
}
