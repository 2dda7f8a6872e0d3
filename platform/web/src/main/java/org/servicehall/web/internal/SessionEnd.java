package org.servicehall.web.internal;

import java.util.Locale;

import org.servicehall.web.Console;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.Cookie;

/**
 * Issue 17: what a screen does when its session is gone. Sessions live in one node's memory: when
 * that node stops or dies the balancer sends the browser to another node, which does not know it (the
 * same after a restart, or when a staff screen timed out, {@link StaffSessions}). Vaadin's own answer
 * is an English notice, or a silent reload into a sign-in page in the browser's language. Here:
 * <ul>
 * <li>the page reloads at once (no notice to click away); the node it reaches sends a staff page to
 * the sign-in, which says in the reader's language that the sign-in has ended and why, and brings
 * them back to the page they were on ({@link #ENDED}, read by the login page);</li>
 * <li>the reader's language survives the node: a signed-in page keeps it in the cookie
 * {@value #LANGUAGE_COOKIE} (a preference, no personal data), from which a new session on any node
 * starts;</li>
 * <li>Vaadin's other system messages (internal error, cookies disabled) and the reconnect indicator
 * read in that language, Chinese or English, not in Vaadin's English.</li>
 * </ul>
 */
public final class SessionEnd implements SystemMessagesProvider, SessionInitListener {
    private static final long serialVersionUID = 1L;
    /** The cookie that keeps a staff member's language across nodes and sessions: {@code zh-CN} or {@code en}. */
    public static final String LANGUAGE_COOKIE = "SERVICEHALL_LANG";
    /** Session attribute: this session began because the browser's previous one had ended (Boolean). */
    public static final String ENDED = "org.servicehall.web.signInEnded";

    private final transient I18NProvider i18n;

    SessionEnd(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** The language a cookie value names, or null for none or one the hall does not speak. */
    static Locale language(String cookieValue) {
        if (cookieValue == null) {
            return null;
        }
        return switch (cookieValue) {
        case "zh-CN", "zh" -> HallI18n.CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> null;
        };
    }

    /** The cookie value for a locale: Chinese or English. */
    static String cookieValue(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    /** The language the reader chose ({@value #LANGUAGE_COOKIE}), else {@code fallback}. */
    static Locale reader(VaadinRequest request, Locale fallback) {
        Locale chosen = language(cookie(request));
        if (chosen != null) {
            return chosen;
        }
        return fallback != null ? fallback : request != null && request.getLocale() != null ? request.getLocale() : HallI18n.CHINESE;
    }

    /** Whether a request came with a session id that no longer names a live session here. */
    static boolean endedBefore(String requestedSessionId, boolean requestedSessionIdValid) {
        return requestedSessionId != null && !requestedSessionIdValid;
    }

    @Override
    public void sessionInit(SessionInitEvent event) {
        VaadinRequest request = event.getRequest();
        Locale chosen = language(cookie(request));
        if (chosen != null) {
            event.getSession().setLocale(chosen); // after Vaadin took the browser's: the reader's own wins
        }
        if (request instanceof VaadinServletRequest http && endedBefore(http.getRequestedSessionId(), http.isRequestedSessionIdValid())) {
            event.getSession().setAttribute(ENDED, Boolean.TRUE);
        }
    }

    private static String cookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANGUAGE_COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        return messages(reader(info.getRequest(), info.getLocale()));
    }

    /** Vaadin's system messages in {@code reader}'s language. */
    CustomizedSystemMessages messages(Locale reader) {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        // reload at once: the node reached signs a staff member in again and says why (the login page)
        m.setSessionExpiredNotificationEnabled(false);
        m.setSessionExpiredCaption(text("console.session.expired.caption", reader));
        m.setSessionExpiredMessage(text("console.session.expired.message", reader));
        m.setInternalErrorCaption(text("console.session.internalError.caption", reader));
        m.setInternalErrorMessage(text("console.session.internalError.message", reader));
        m.setCookiesDisabledCaption(text("console.session.cookiesDisabled.caption", reader));
        m.setCookiesDisabledMessage(text("console.session.cookiesDisabled.message", reader));
        return m;
    }

    /**
     * After each navigation of a screen: its reconnect indicator in its language, and on a signed-in
     * page the reader's language kept in {@value #LANGUAGE_COOKIE} for the next session, on any node.
     */
    void navigated(UI ui) {
        Locale locale = ui.getLocale();
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(text("console.session.reconnecting", locale));
        reconnect.setDialogTextGaveUp(text("console.session.reconnectGaveUp", locale));
        if (Console.currentActor().isEmpty()) {
            return; // public screens choose their own language; a staff member's is the one kept
        }
        String value = cookieValue(locale);
        if (!value.equals(cookie(VaadinRequest.getCurrent()))) {
            ui.getPage().executeJs("document.cookie = $0", LANGUAGE_COOKIE + "=" + value + "; path=/; max-age=31536000; SameSite=Lax");
        }
    }

    private String text(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
