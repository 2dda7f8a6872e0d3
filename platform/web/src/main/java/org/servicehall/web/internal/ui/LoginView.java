package org.servicehall.web.internal.ui;

import java.util.List;

import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.SignInLocked;
import org.servicehall.security.SignInService;
import org.servicehall.web.Console;
import org.servicehall.web.internal.SessionEnd;
import org.servicehall.web.internal.StaffSessions;

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

/**
 * The login page (S1). A new session id is issued on login against session fixation. Signing in is
 * throttled per account and per client address (issue 16): a locked one reads why and for how long.
 * Sent here because the previous session ended (its node stopped, a restart, a time without use:
 * {@link SessionEnd}), the page says so and why, and signing in brings the reader back (issue 17).
 */
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Div ended = new Div();
    private String target = "";

    public LoginView(AccountService accounts, SignInService signIn) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failed.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.failed.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Actor actor;
            try {
                actor = signIn.signIn(e.getUsername(), e.getPassword(), request == null ? null : request.getRemoteAddr()).orElse(null);
            } catch (SignInLocked locked) {
                showError(getTranslation("login.locked.title"), locked.message(getLocale()));
                return;
            }
            if (actor == null) {
                showError(getTranslation("login.failed.title"), getTranslation("login.failed.message"));
                return;
            }
            VaadinService.reinitializeSession(VaadinRequest.getCurrent());
            VaadinSession.getCurrent().setAttribute(SessionEnd.ENDED, null);
            VaadinSession.getCurrent().setAttribute(Console.ACTOR_ATTRIBUTE, actor);
            // staff screens sign out after the configured time without use (StaffSessions)
            VaadinSession.getCurrent().getSession().setAttribute(StaffSessions.LAST_USE, System.currentTimeMillis());
            // the language the account chose last time, else the browser's (issue 12)
            accounts.language(actor.username()).ifPresent(VaadinSession.getCurrent()::setLocale);
            getUI().ifPresent(ui -> ui.getPage().setLocation("/" + target));
        });
        H1 brand = new H1("ServiceHall");
        Div hint = new Div(getTranslation("login.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "28em").set("text-align", "center");
        ended.setText(getTranslation("login.sessionEnded"));
        ended.setId("login-session-ended");
        ended.getElement().setAttribute("role", "status");
        ended.getStyle().set("max-width", "28em").set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-primary-color-10pct)").set("border-left", "4px solid var(--lumo-primary-color)")
                .set("font-size", "var(--lumo-font-size-l)");
        ended.setVisible(false);
        add(brand, ended, form, hint);
    }

    private void showError(String title, String message) {
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> to = event.getLocation().getQueryParameters().getParameters().getOrDefault("to", List.of());
        String wanted = to.isEmpty() ? "" : to.get(0);
        // only paths inside the console: never an absolute URL that would send the user elsewhere
        target = wanted.startsWith("/") || wanted.contains("://") || wanted.contains("\\") || wanted.startsWith("login") ? "" : wanted;
        // the previous session ended (not signed out on purpose): say so
        boolean signedOut = event.getLocation().getQueryParameters().getParameters().containsKey("signedOut");
        VaadinSession session = VaadinSession.getCurrent();
        ended.setVisible(!signedOut && session != null && Boolean.TRUE.equals(session.getAttribute(SessionEnd.ENDED)));
    }

    @Override
    public String getPageTitle() {
        return "ServiceHall – " + getTranslation("login.title");
    }
}
