package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 16 (S1, S2) on the real distribution: every answer carries the security headers; signing in
 * wrongly five times locks the account (the REST API answers 429, the login page says why and for how
 * long), an administrator unlocks it over REST; an administrator issues an API token for a kiosk of
 * site DEMO, which calls a staff operation of DEMO as {@code Authorization: Bearer}, is refused on
 * another site and on a supervisor's operation, and is refused once revoked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {
    private static final String PASSWORD = "Security-Test-Pass-9";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path work;
    /** The demo hall; its Chromium opens only for the login page's check. */
    private static BrowserHall session;
    private static Distribution hall;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        session = BrowserHall.startWithoutBrowser(work.resolve("hall"), PASSWORD, BrowserHall.DESK_SCREEN);
        hall = session.hall();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Accept-Language", "en");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/kiosk?site=DEMO", "/api/health/ready", "/api/openapi.json", "/api/v1/attendance/DEMO/posts",
                "/no-such-page")) {
            HttpResponse<String> r = send("GET", path, null, null);
            assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'self'") && csp.contains("object-src 'none'"),
                    path + ": " + csp);
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
            for (String cookie : r.headers().allValues("Set-Cookie")) {
                assertTrue(cookie.contains("HttpOnly"), path + ": " + cookie);
                assertTrue(cookie.contains("SameSite=Lax"), path + ": " + cookie);
                assertFalse(cookie.contains("Secure"), "not Secure over plain HTTP: " + cookie);
            }
        }
    }

    @Test
    @Order(2)
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt_S1_S2() throws Exception {
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> wrong = send("GET", "/api/v1/attendance/DEMO/posts", basic("d001", "wrong-password-" + i), null);
            assertEquals(401, wrong.statusCode(), wrong.body());
        }
        HttpResponse<String> fifth = send("GET", "/api/v1/attendance/DEMO/posts", basic("d001", "wrong-password-5"), null);
        assertEquals(429, fifth.statusCode(), fifth.body());
        assertTrue(fifth.body().contains("Too many failed sign-ins for 'd001'"), fifth.body());
        long retry = Long.parseLong(fifth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 14 * 60 && retry <= 15 * 60, "Retry-After " + retry);

        JsonNode locks = JSON.readTree(send("GET", "/api/v1/security/sign-in-locks", basic("admin", PASSWORD), null).body());
        assertEquals(1, locks.size(), locks.toString());
        assertEquals("ACCOUNT", locks.get(0).get("kind").asText());
        assertEquals("d001", locks.get(0).get("subject").asText());
        assertEquals(5, locks.get(0).get("failures").asInt());

        // the login page says why in the browser's language, and the console's pages work under the content security policy
        if (Browser.available() || "required".equals(System.getProperty("servicehall.test.browser"))) {
            WebDriver driver = session.driver();
            driver.get(hall.baseUrl() + "/login");
            WebElement form = PublicScreens.byId(driver, "vaadinLoginFormWrapper");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                    + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
            form.findElement(By.cssSelector("input[name=username]")).sendKeys("d001");
            form.findElement(By.cssSelector("input[name=password]")).sendKeys("any-password-at-all");
            form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
            String shown = PublicScreens.waitUpTo(driver, 20).until(d -> {
                Object text = js.executeScript("const w = document.getElementById('vaadinLoginFormWrapper');"
                        + "return w == null ? null : (w.shadowRoot ? w.shadowRoot.textContent : '') + ' ' + w.textContent;");
                return text != null && text.toString().contains("locked") ? text.toString() : null;
            });
            assertTrue(shown.contains("Signing in is locked"), shown);
            assertTrue(shown.contains("Too many failed sign-ins for 'd001'") && shown.contains("An administrator can unlock it sooner"),
                    shown);
            Screenshots.save(driver, "login-locked-1366x900");
            assertEquals(List.of(), js.executeScript("return window.cspViolations;"), "the content security policy blocked nothing");
            assertTrue(driver.getCurrentUrl().contains("/login"), driver.getCurrentUrl());
        }

        HttpResponse<String> staffUnlocks = send("DELETE", "/api/v1/security/sign-in-locks/accounts/d001", basic("d002", "whatever-pass"), null);
        assertEquals(401, staffUnlocks.statusCode(), "only an administrator unlocks");
        HttpResponse<String> unlock = send("DELETE", "/api/v1/security/sign-in-locks/accounts/d001", basic("admin", PASSWORD), null);
        assertEquals(204, unlock.statusCode(), unlock.body());
        assertEquals("[]", send("GET", "/api/v1/security/sign-in-locks", basic("admin", PASSWORD), null).body());
        HttpResponse<String> again = send("GET", "/api/v1/attendance/DEMO/posts", basic("d001", "wrong-password-6"), null);
        assertEquals(401, again.statusCode(), "unlocked: a wrong password is only wrong again, " + again.body());
        HttpResponse<String> twice = send("DELETE", "/api/v1/security/sign-in-locks/accounts/nobody-here", basic("admin", PASSWORD), null);
        assertEquals(404, twice.statusCode(), twice.body());
    }

    @Test
    @Order(3)
    void aKioskCallsTheApiWithItsTokenForItsSiteUntilItIsRevoked_S1_S2() throws Exception {
        HttpResponse<String> issued = send("POST", "/api/v1/security/tokens", basic("admin", PASSWORD),
                "{\"client\": \"Kiosk 1, east door\", \"siteCode\": \"DEMO\", \"role\": \"STAFF\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonNode body = JSON.readTree(issued.body());
        String secret = body.get("secret").asText();
        long id = body.get("token").get("id").asLong();
        assertTrue(secret.startsWith("sht_"), secret);
        String bearer = "Bearer " + secret;

        HttpResponse<String> posts = send("GET", "/api/v1/attendance/DEMO/posts", bearer, null);
        assertEquals(200, posts.statusCode(), posts.body());
        HttpResponse<String> otherSite = send("GET", "/api/v1/attendance/CITY-B/posts", bearer, null);
        assertEquals(403, otherSite.statusCode(), otherSite.body());
        assertTrue(otherSite.body().contains("the API token of Kiosk 1, east door is for the site DEMO; this operation acts on the site CITY-B"),
                otherSite.body());
        HttpResponse<String> supervisorsOnly = send("GET", "/api/v1/attendance/DEMO/today", bearer, null);
        assertEquals(403, supervisorsOnly.statusCode(), supervisorsOnly.body());
        HttpResponse<String> adminOnly = send("GET", "/api/v1/security/tokens", bearer, null);
        assertEquals(403, adminOnly.statusCode(), "a token never administers: " + adminOnly.body());

        String listed = send("GET", "/api/v1/security/tokens", basic("admin", PASSWORD), null).body();
        assertTrue(listed.contains("Kiosk 1, east door") && !listed.contains(secret), "listed without its secret: " + listed);
        HttpResponse<String> adminToken = send("POST", "/api/v1/security/tokens", basic("admin", PASSWORD),
                "{\"client\": \"HIS\", \"siteCode\": \"DEMO\", \"role\": \"ADMIN\"}");
        assertEquals(400, adminToken.statusCode(), adminToken.body());
        assertTrue(adminToken.body().contains("administration needs a person"), adminToken.body());

        assertEquals(204, send("DELETE", "/api/v1/security/tokens/" + id, basic("admin", PASSWORD), null).statusCode());
        HttpResponse<String> revoked = send("GET", "/api/v1/attendance/DEMO/posts", bearer, null);
        assertEquals(401, revoked.statusCode(), revoked.body());
        HttpResponse<String> forged = send("GET", "/api/v1/attendance/DEMO/posts", "Bearer sht_" + "A".repeat(43), null);
        assertEquals(401, forged.statusCode(), forged.body());
    }
}
