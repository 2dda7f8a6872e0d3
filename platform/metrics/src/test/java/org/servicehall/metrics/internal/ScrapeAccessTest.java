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
import org.servicehall.security.SignInLocked;

/** Issue 17 (S1): the metrics are read with the scrape token or by an administrator, no one else. */
class ScrapeAccessTest {
    private static final String TOKEN = "0123456789abcdef-scrape";
    private static final Map<String, Actor> ACCOUNTS = Map.of("admin:Admin-pass-1", new Actor("admin", "Admin", EnumSet.of(Role.ADMIN)),
            "sup:Sup-pass-1", new Actor("sup", "Sup", EnumSet.of(Role.SUPERVISOR)));

    private static Optional<Actor> login(String user, String password, String address) {
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

    /**
     * S2, issue 16: the metrics' Basic login is a sign-in like any other, through the throttled
     * {@code SignInService} with the client's address: after the lock the right password is refused
     * too, with the lock's message, and nothing is read.
     */
    @Test
    void theBasicLoginGoesThroughTheThrottledSignInWithTheClientsAddress() {
        List<String> addresses = new java.util.ArrayList<>();
        int[] failures = {0};
        ScrapeAccess.SignIn throttled = (user, password, address) -> {
            addresses.add(address);
            if (failures[0] >= 3) {
                throw new SignInLocked(Texts.of(ScrapeAccess.class, "metrics").message("metrics.wrong-login"),
                        java.time.Instant.parse("2026-12-03T10:15:00Z"), java.time.Duration.ofMinutes(15));
            }
            Optional<Actor> actor = login(user, password, address);
            if (actor.isEmpty()) {
                failures[0]++;
            }
            return actor;
        };
        ScrapeAccess access = new ScrapeAccess(TOKEN, throttled);
        assertDoesNotThrow(() -> access.check(basic("admin", "Admin-pass-1"), "203.0.113.7"));
        for (int i = 0; i < 3; i++) {
            assertThrows(AccessDenied.class, () -> access.check(basic("admin", "guess"), "203.0.113.7"));
        }
        assertThrows(SignInLocked.class, () -> access.check(basic("admin", "Admin-pass-1"), "203.0.113.7"),
                "locked: the right password is refused too");
        assertEquals(List.of("203.0.113.7", "203.0.113.7", "203.0.113.7", "203.0.113.7", "203.0.113.7"), addresses,
                "every login attempt reached the sign-in with the client's address");
        assertDoesNotThrow(() -> access.check("Bearer " + TOKEN, "203.0.113.7"), "the scrape token is no sign-in");
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
