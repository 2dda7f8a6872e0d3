package org.servicehall.site.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.servicehall.security.Actor;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.Console;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinSession;

/**
 * Chooses the site a page works on; the choice is kept for the session. It offers the sites where the
 * signed-in account holds a role (all of them for a central administrator), and the console then
 * checks what the page does against the roles held at the chosen site (S1, {@link Console#actor()}).
 */
public final class SitePicker extends ComboBox<Site> {
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = "servicehall.site";

    public SitePicker(SiteService sites, Consumer<Site> onChange) {
        setLabel(getTranslation("site.picker"));
        setId("site-picker");
        setItemLabelGenerator(s -> s.code() + " – " + s.name());
        setWidth("24em");
        Optional<Actor> actor = Console.currentActor();
        List<Site> all = sites.sites().stream().filter(s -> actor.map(a -> !a.rolesAt(s.code()).isEmpty()).orElse(true)).toList();
        setItems(all);
        Object remembered = VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        all.stream().filter(s -> remembered != null && s.id() == (Long) remembered).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(s -> {
                    setValue(s);
                    remember(s);
                });
        addValueChangeListener(e -> {
            remember(e.getValue());
            onChange.accept(e.getValue());
        });
    }

    private static void remember(Site site) {
        if (site != null) {
            VaadinSession.getCurrent().setAttribute(ATTRIBUTE, site.id());
            VaadinSession.getCurrent().setAttribute(Console.SITE_ATTRIBUTE, site.code());
        }
    }
}
