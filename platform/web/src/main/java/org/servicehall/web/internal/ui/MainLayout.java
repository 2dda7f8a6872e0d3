package org.servicehall.web.internal.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.web.Console;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.internal.HallI18n;
import org.servicehall.web.internal.ViewRegistry;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;

/**
 * The console frame: header with user and language, and the menu built from contributed views
 * the user's role may open. Menu changes are pushed to the open page; a page showing a withdrawn
 * view moves to the home page.
 */
public final class MainLayout extends AppLayout {
    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry registry;
    private final transient AccountService accounts;
    private final VerticalLayout menu = new VerticalLayout();
    private transient ViewRegistry.Listener listener;
    private Class<?> shown;

    public MainLayout(ViewRegistry registry, AccountService accounts) {
        this.registry = registry;
        this.accounts = accounts;
        DrawerToggle toggle = new DrawerToggle();
        H1 title = new H1("ServiceHall");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(toggle, title);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        Span spacer = new Span();
        header.add(spacer);
        header.expand(spacer);
        Console.currentActor().ifPresent(actor -> header.add(userArea(actor)));
        addToNavbar(header);
        menu.setPadding(false);
        menu.setSpacing(false);
        menu.setId("console-menu");
        addToDrawer(menu);
        rebuildMenu();
    }

    private HorizontalLayout userArea(Actor actor) {
        Span user = new Span(new Icon(VaadinIcon.USER), new Span(" " + actor.displayName()));
        user.setId("signed-in-user");
        Select<Locale> language = new Select<>();
        language.setItems(HallI18n.CHINESE, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "中文" : "English");
        language.setValue(UI.getCurrent().getLocale().getLanguage().equals("zh") ? HallI18n.CHINESE : Locale.ENGLISH);
        language.setWidth("8em");
        language.setId("console-language");
        language.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setLocale(e.getValue());
            try {
                accounts.setLanguage(actor, actor.username(), e.getValue()); // remembered for the next sign-in
            } catch (RuntimeException refused) {
                LoggerFactory.getLogger(MainLayout.class).warn("The language of {} could not be saved", actor.username(), refused);
            }
            UI.getCurrent().getPage().reload();
        });
        Button logout = new Button(getTranslation("console.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout area = new HorizontalLayout(user, language, logout);
        area.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return area;
    }

    private static void logout() {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation("/login?signedOut"); // the login page then does not say the sign-in ended by itself
    }

    private void rebuildMenu() {
        menu.removeAll();
        Actor actor = Console.currentActor().orElse(null);
        Map<String, List<ViewContribution>> byGroup = new LinkedHashMap<>();
        menuOrder(actor).forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (ViewContribution view : registry.views()) {
            ViewInfo info = view.info();
            if (info.isPublic() || actor == null || !actor.has(info.requiredRole())) {
                continue;
            }
            byGroup.computeIfAbsent(info.group(), g -> new ArrayList<>()).add(view);
        }
        byGroup.forEach((group, views) -> {
            if (views.isEmpty()) {
                return;
            }
            SideNav nav = group.equals(ViewInfo.HOME) ? new SideNav() : new SideNav(getTranslation("menu.group." + group));
            nav.setId("menu-" + group);
            nav.setCollapsible(!group.equals(ViewInfo.HOME));
            for (ViewContribution view : views) {
                ViewInfo info = view.info();
                SideNavItem item = new SideNavItem(getTranslation(info.titleKey()), "/" + info.path(), icon(info.icon()));
                item.setId("nav-" + (info.path().isEmpty() ? "home" : info.path().replace('/', '-')));
                nav.addItem(item);
            }
            menu.add(nav);
        });
    }

    /**
     * The menu's groups for the actor's role (issue 12): the hall's daily work first for staff and
     * supervisors; for an administrator, the setup and the sectors right after the home page.
     */
    static List<String> menuOrder(Actor actor) {
        List<String> order = new ArrayList<>(ViewInfo.GROUPS);
        if (actor != null && actor.has(Role.ADMIN)) {
            order.removeAll(List.of(ViewInfo.SETUP, ViewInfo.SECTORS));
            order.addAll(1, List.of(ViewInfo.SETUP, ViewInfo.SECTORS));
        }
        return order;
    }

    private static Icon icon(String name) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException e) {
            return VaadinIcon.FILE_O.create();
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        shown = content == null ? null : content.getClass();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        listener = new ViewRegistry.Listener() {
            @Override
            public void added(ViewContribution view) {
                ui.access(MainLayout.this::rebuildMenu);
            }

            @Override
            public void removed(ViewContribution view) {
                ui.access(() -> {
                    rebuildMenu();
                    if (view.viewType() == shown) {
                        ui.navigate("");
                    }
                });
            }
        };
        registry.addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registry.removeListener(listener);
        super.onDetach(event);
    }
}
