package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Texts;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;

/**
 * Issue 17: a session gone with its node (sessions are per node) sends a staff screen to sign in
 * again, in the language the reader chose, and Vaadin's system messages read in it, not in English.
 */
class SessionEndTest {
    private static final Texts CONSOLE = Texts.of(SessionEndTest.class, "console");
    private static final I18NProvider TEXTS = new I18NProvider() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(HallI18n.CHINESE, Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return CONSOLE.message(key, params).in(locale);
        }
    };

    @Test
    void theLanguageCookieNamesChineseOrEnglishAndNothingElse() {
        assertEquals(HallI18n.CHINESE, SessionEnd.language("zh-CN"));
        assertEquals(Locale.ENGLISH, SessionEnd.language("en"));
        assertNull(SessionEnd.language("fr"));
        assertNull(SessionEnd.language(null));
        assertEquals("zh-CN", SessionEnd.cookieValue(Locale.CHINA));
        assertEquals("en", SessionEnd.cookieValue(Locale.US));
        for (Locale l : List.of(HallI18n.CHINESE, Locale.ENGLISH)) {
            assertEquals(l, SessionEnd.language(SessionEnd.cookieValue(l)), "a kept language reads back");
        }
    }

    @Test
    void aSessionBegunForABrowserThatPresentedAnUnknownSessionIdFollowsOneThatEnded() {
        assertTrue(SessionEnd.endedBefore("node0abc", false), "its node died, restarted or the session timed out");
        assertFalse(SessionEnd.endedBefore(null, false), "a first visit");
    }

    @Test
    void vaadinsMessagesReadInTheReadersLanguageAndAnEndedSessionReloadsAtOnce() {
        SessionEnd end = new SessionEnd(TEXTS);
        CustomizedSystemMessages zh = end.messages(HallI18n.CHINESE);
        assertFalse(zh.isSessionExpiredNotificationEnabled(), "no notice to click away: the sign-in page says it");
        assertEquals("服务器出现错误", zh.getInternalErrorCaption());
        assertTrue(zh.getCookiesDisabledMessage().contains("Cookie"), zh.getCookiesDisabledMessage());
        CustomizedSystemMessages en = end.messages(Locale.ENGLISH);
        assertEquals("Something went wrong on the server", en.getInternalErrorCaption());
        assertFalse(en.getInternalErrorMessage().contains("Take note of any unsaved data"), "not Vaadin's own English");
        assertTrue(CONSOLE.message("login.sessionEnded").in(HallI18n.CHINESE).contains("请重新登录"));
    }
}
