package org.servicehall.web.internal;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.servicehall.security.Role;
import org.servicehall.web.Console;
import org.servicehall.web.Pickers;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.internal.ui.LoginView;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

/**
 * The console's Vaadin servlet. Its service builds contributed views through their
 * {@link ViewContribution} (so plugins inject services into their views), provides the merged
 * translations, serves static files of embedded jars from the class loader (RECIPES R1) and checks
 * the signed-in role before every navigation (S1).
 */
final class HallVaadinServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry views;
    private final transient I18NProvider i18n;
    /** Console classes that take constructor arguments (layout, login, error pages). */
    private final transient Map<Class<?>, Supplier<? extends HasElement>> internal;
    private final transient OfflineNotice offline;
    private final transient SessionEnd sessionEnd;

    HallVaadinServlet(ViewRegistry views, I18NProvider i18n, Map<Class<?>, Supplier<? extends HasElement>> internal, OfflineNotice offline) {
        this.views = views;
        this.i18n = i18n;
        this.internal = internal;
        this.offline = offline;
        this.sessionEnd = new SessionEnd(i18n);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Instantiator createInstantiator() {
                return new DefaultInstantiator(this) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    @SuppressWarnings("unchecked")
                    public <T extends HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
                        Supplier<? extends HasElement> factory = internal.get(type);
                        if (factory != null) {
                            return (T) factory.get();
                        }
                        return views.byType(type).map(v -> (T) v.createView()).orElseGet(() -> super.createRouteTarget(type, event));
                    }

                    @Override
                    public I18NProvider getI18NProvider() {
                        return i18n;
                    }
                };
            }

            @Override
            public URL getStaticResource(String path) {
                URL url = super.getStaticResource(path);
                if (url == null) {
                    url = getClassLoader().getResource("META-INF/resources" + (path.startsWith("/") ? path : "/" + path));
                }
                return url;
            }
        };
        service.init();
        // issue 17: a session gone with its node sends a staff screen to sign in again, in the reader's language
        service.setSystemMessagesProvider(sessionEnd);
        service.addSessionInitListener(sessionEnd);
        service.addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.addBeforeEnterListener(this::checkAccess);
            // every date and time picker of the page in the reader's language, 24-hour clock (issue 12)
            ui.addAfterNavigationListener(n -> Pickers.localize(ui));
            ui.addAfterNavigationListener(n -> sessionEnd.navigated(ui));
            // issue 17: every screen says when the hall is offline (its database away)
            offline.attach(ui);
            ui.addAfterNavigationListener(n -> offline.navigated(ui, n.getLocation().getPath()));
        });
        return service;
    }

    /** S1: every console page checks the role; anonymous users go to the login page first. */
    private void checkAccess(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || internal.containsKey(target)) {
            return; // the login page, the layout and the error pages
        }
        Optional<ViewContribution> view = views.byType(target);
        if (view.isPresent() && view.get().info().isPublic()) {
            return; // kiosk, display board, rating pad, complaint kiosk: no login
        }
        // a view nobody contributed (yet) is a staff page
        Role required = view.map(v -> v.info().requiredRole()).orElse(Role.STAFF);
        var actor = Console.currentActor();
        if (actor.isEmpty()) {
            String back = event.getLocation().getPathWithQueryParameters();
            event.forwardTo("login", QueryParameters.simple(Map.of("to", back)));
        } else if (!actor.get().has(required)) {
            UI ui = event.getUI();
            event.forwardTo("");
            Console.error(new org.servicehall.security.AccessDenied(
                    ui.getTranslation("console.error.role", ui.getTranslation(required.name().toLowerCase() + ".role"))));
        }
    }
}
