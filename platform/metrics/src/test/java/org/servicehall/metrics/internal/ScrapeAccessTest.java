package org.servicehall.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Texts;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** Issue 17 (S1): the metrics are read with the scrape token or by an administrator, no one else. */
class ScrapeAccessTest {
    private static final String TOKEN = "0123456789abcdef-scrape";
    private static final Map<String, Actor> ACCOUNTS = Map.of("admin:Admin-pass-1", new Actor("admin", "Admin", EnumSet.of(Role.ADMIN)),
            "sup:Sup-pass-1", new Actor("sup", "Sup", EnumSet.of(Role.SUPERVISOR)));

    private static Optional<Actor> login(String user, String password) {
        return Optional.ofNullable(ACCOUNTS.get(user + ":" + password));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(ScrapeAccess access, String header) {
        AccessDenied e = assertThrows(AccessDenied.class, () -> access.check(header));
        return e.getMessage();
    }

    @Test
    void theConfiguredTokenOrAnAdministratorReadsTheMetrics() {
        ScrapeAccess access = new ScrapeAccess(TOKEN, ScrapeAccessTest::login);
        assertTrue(access.hasToken());
        assertDoesNotThrow(() -> access.check("Bearer " + TOKEN));
        assertDoesNotThrow(() -> access.check("bearer  " + TOKEN + " "));
        assertDoesNotThrow(() -> access.check(basic("admin", "Admin-pass-1")));
    }

    @Test
    void noWrongOrShortTokenAndOtherRolesAreRefusedNamingWhatIsNeeded() {
        ScrapeAccess access = new ScrapeAccess(TOKEN, ScrapeAccessTest::login);
        assertTrue(refusal(access, null).contains("Bearer"));
        assertTrue(refusal(access, "Bearer " + TOKEN + "x").contains("token is wrong"));
        assertTrue(refusal(access, basic("sup", "Sup-pass-1")).contains("administrator"));
        assertTrue(refusal(access, basic("admin", "wrong")).contains("login is wrong"));
        assertTrue(refusal(access, "Basic %%%").contains("login is wrong"));

        ScrapeAccess shortToken = new ScrapeAccess("short-token", ScrapeAccessTest::login);
        assertFalse(shortToken.hasToken());
        assertTrue(refusal(shortToken, "Bearer short-token").contains("No scrape token is configured"));
        ScrapeAccess none = new ScrapeAccess("", ScrapeAccessTest::login);
        assertTrue(refusal(none, "Bearer ").contains("No scrape token is configured"));
        assertDoesNotThrow(() -> none.check(basic("admin", "Admin-pass-1")));
    }

    @Test
    void everyRefusalReadsInChineseAndEnglish() {
        Texts texts = Texts.of(ScrapeAccess.class, "metrics");
        for (String key : List.of("metrics.credentials", "metrics.no-token", "metrics.wrong-token", "metrics.wrong-login", "metrics.not-admin")) {
            assertTrue(texts.hasBoth(key), key);
            String zh = texts.message(key).in(Locale.SIMPLIFIED_CHINESE);
            String en = texts.message(key).in(Locale.ENGLISH);
            assertFalse(zh.equals(en), key);
            assertFalse(en.contains("''"), en);
        }
        AccessDenied e = assertThrows(AccessDenied.class, () -> new ScrapeAccess("", ScrapeAccessTest::login).check(null));
        assertEquals("metrics.credentials", e.text().orElseThrow().key());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("采集令牌"));
    }
}
