package org.servicehall.web.internal.ui;

import java.util.List;

import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.web.Console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/** The login page (S1). A new session id is issued on login against session fixation. */
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final LoginForm form = new LoginForm();
    private String target = "";

    public LoginView(AccountService accounts) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failed.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.failed.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> {
            Actor actor = accounts.authenticate(e.getUsername(), e.getPassword()).orElse(null);
            if (actor == null) {
                form.setError(true);
                form.setEnabled(true);
                return;
            }
            VaadinService.reinitializeSession(VaadinRequest.getCurrent());
            VaadinSession.getCurrent().setAttribute(Console.ACTOR_ATTRIBUTE, actor);
            // the language the account chose last time, else the browser's (issue 12)
            accounts.language(actor.username()).ifPresent(VaadinSession.getCurrent()::setLocale);
            getUI().ifPresent(ui -> ui.getPage().setLocation("/" + target));
        });
        H1 brand = new H1("ServiceHall");
        Div hint = new Div(getTranslation("login.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "28em").set("text-align", "center");
        add(brand, form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> to = event.getLocation().getQueryParameters().getParameters().getOrDefault("to", List.of());
        String wanted = to.isEmpty() ? "" : to.get(0);
        // only paths inside the console: never an absolute URL that would send the user elsewhere
        target = wanted.startsWith("/") || wanted.contains("://") || wanted.contains("\\") || wanted.startsWith("login") ? "" : wanted;
    }

    @Override
    public String getPageTitle() {
        return "ServiceHall – " + getTranslation("login.title");
    }
}
