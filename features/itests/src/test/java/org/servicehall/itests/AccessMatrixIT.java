package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.servicehall.itests.ApiRequests.Answer;
import org.servicehall.testing.Distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * S1 (issue 16) on the real distribution: the allow/deny matrix of the whole REST API, generated
 * from {@code /api/openapi.json}. For every operation the document lists, the role it declares
 * ({@code x-servicehall-role}) says what each of six callers must be answered: signed out, staff of
 * the site the operation names (DEMO), staff of another site, a supervisor of DEMO, a central
 * administrator, and an API token of another site. A denied caller reads 401 (signed out) or 403 as
 * problem+json naming the role; an allowed one anything but 401 and 403 (a 404 for an object that is
 * not there, a 400 for an empty body, or the answer). An operation without a declared role fails the
 * test, so a new operation cannot be added without a rule.
 */
class AccessMatrixIT {
    private static final String PASSWORD = PublicScreens.PASSWORD;
    private static final String ACCOUNT_PASSWORD = "Matrix-Account-Pass-7";
    private static final String SITE = "DEMO";
    private static final String OTHER_SITE = "OTHER-SITE";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final List<String> ROLES = List.of("STAFF", "SUPERVISOR", "ADMIN");

    @TempDir
    static Path work;
    private static BrowserHall browserHall;
    private static Distribution hall;
    private static ApiRequests api;
    private static JsonNode doc;
    private static String otherSiteToken;

    /** A caller of the matrix: what it sends, and the role it holds on DEMO and on the other site. */
    private record Caller(String name, String authorization, String roleAtSite, String roleElsewhere) {
        /** The role it holds on the site an operation names ({@code null}: none). */
        String roleFor(boolean namesSite) {
            return namesSite ? roleAtSite : higher(roleAtSite, roleElsewhere);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        browserHall = BrowserHall.startWithoutBrowser(work.resolve("hall"), PASSWORD, BrowserHall.DESK_SCREEN);
        hall = browserHall.hall();
        api = new ApiRequests(hall);
        // every area's REST resources arrive as their bundles start: wait until the document lists them all
        doc = api.document(List.of("/v1/queue/", "/v1/attendance/", "/v1/conduct/", "/v1/complaint/", "/v1/assessment/", "/v1/casework/",
                "/v1/security/", "/v1/hospital/", "/v1/tax-hall/", "/v1/admin-center/"));
        String admin = basic("admin", PASSWORD);
        createAccount(admin, "matrix-staff-a", SITE, "STAFF");
        createAccount(admin, "matrix-super-a", SITE, "SUPERVISOR");
        createAccount(admin, "matrix-staff-b", OTHER_SITE, "STAFF");
        Answer token = send("POST", "/v1/security/tokens", admin,
                "{\"client\": \"Kiosk of another site\", \"siteCode\": \"" + OTHER_SITE + "\", \"role\": \"SUPERVISOR\"}");
        assertEquals(201, token.status(), token.body());
        otherSiteToken = "Bearer " + JSON.readTree(token.body()).get("secret").asText();
    }

    @AfterAll
    static void stop() {
        if (browserHall != null) {
            browserHall.close();
        }
    }

    private static void createAccount(String admin, String username, String site, String role) throws Exception {
        Answer created = send("POST", "/v1/security/accounts", admin, "{\"username\": \"" + username + "\", \"displayName\": \"" + username
                + "\", \"site\": \"" + site + "\", \"roles\": [\"" + role + "\"], \"password\": \"" + ACCOUNT_PASSWORD + "\"}");
        assertEquals(201, created.status(), created.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Answer send(String method, String path, String authorization, String body) throws Exception {
        return api.send(method, path, authorization, body == null ? null : "application/json", body);
    }

    private static String higher(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;
    }

    /** Whether holding {@code held} (null: nothing) allows an operation that declares {@code required}. */
    static boolean allows(String held, String required) {
        return "PUBLIC".equals(required) || held != null && ROLES.indexOf(held) >= ROLES.indexOf(required);
    }

    /** Whether an operation names the site it acts on in its path: {site}, or {code} under /sites/. */
    static boolean namesSite(String template) {
        return template.contains("{site}") || template.contains("/sites/{code}");
    }

    /** The operation's path for DEMO, with a number or a code of nothing there for every other parameter. */
    private static String fill(String template, JsonNode operation, JsonNode pathItem) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode parameters : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : parameters) {
                if ("path".equals(p.path("in").asText())) {
                    types.put(p.path("name").asText(), p.path("schema").path("type").asText("string"));
                }
            }
        }
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if ("site".equals(name) || "code".equals(name) && template.contains("/sites/{code}")) {
                value = SITE;
            } else if ("integer".equals(types.get(name)) || "number".equals(types.get(name))) {
                value = "987654321";
            } else {
                value = "NO-SUCH-" + name.toUpperCase(Locale.ROOT);
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    @Test
    void everyOperationAnswersEachCallerAsItsDeclaredRoleSays_S1() throws Exception {
        List<Caller> callers = List.of(
                new Caller("signed out", null, null, null),
                new Caller("API token of " + OTHER_SITE, otherSiteToken, null, "SUPERVISOR"),
                new Caller("staff of " + OTHER_SITE, basic("matrix-staff-b", ACCOUNT_PASSWORD), null, "STAFF"),
                new Caller("staff of " + SITE, basic("matrix-staff-a", ACCOUNT_PASSWORD), "STAFF", null),
                new Caller("supervisor of " + SITE, basic("matrix-super-a", ACCOUNT_PASSWORD), "SUPERVISOR", null),
                new Caller("central administrator", basic("admin", PASSWORD), "ADMIN", "ADMIN"));
        List<String> noRule = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        int siteNamed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            String template = p.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonNode operation = op.getValue();
                String required = operation.path("x-servicehall-role").asText(null);
                if (required == null || !("PUBLIC".equals(required) || ROLES.contains(required))) {
                    noRule.add(method + " " + template + ": " + required);
                    continue;
                }
                operations++;
                boolean named = namesSite(template);
                siteNamed += named ? 1 : 0;
                String path = fill(template, operation, p.getValue());
                // a body of the type the operation takes (JSON, a file, text), empty: what is refused is the caller, not the body
                String type = operation.path("requestBody").path("content").fieldNames().hasNext()
                        ? operation.path("requestBody").path("content").fieldNames().next() : "application/json";
                String body = operation.has("requestBody") ? (type.contains("json") ? "{}" : type.startsWith("multipart/") ? "--matrix--\r\n" : "")
                        : null;
                type = type.startsWith("multipart/") ? type + "; boundary=matrix" : type;
                for (Caller caller : callers) {
                    Answer a = api.send(method, path, caller.authorization(), body == null ? null : type, body);
                    String call = method + " " + path + " (" + required + ") as " + caller.name() + ": " + a.status() + " "
                            + a.body().substring(0, Math.min(200, a.body().length()));
                    if (allows(caller.roleFor(named), required)) {
                        if (a.status() == 401 || a.status() == 403) {
                            wrong.add("allowed, but " + call);
                        }
                    } else {
                        int expected = caller.authorization() == null ? 401 : 403;
                        if (a.status() != expected) {
                            wrong.add("expected " + expected + ", " + call);
                        } else if (!a.contentType().startsWith("application/problem+json") || !a.body().contains("\"detail\"")) {
                            wrong.add("not problem+json with a detail, " + call);
                        } else if (expected == 403 && !a.body().toLowerCase(Locale.ROOT).contains(roleName(required).toLowerCase(Locale.ROOT))
                                && !a.body().contains("API token")) {
                            wrong.add("the refusal does not name the role, " + call);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), noRule, "operations that declare no role (x-servicehall-role: PUBLIC, STAFF, SUPERVISOR or ADMIN)");
        assertTrue(operations > 150, "the document lists the whole API: " + operations + " operations");
        assertTrue(siteNamed > 50, "operations naming their site: " + siteNamed);
        assertEquals(List.of(), wrong, wrong.size() + " answers of " + operations * callers.size() + " differ from the matrix:\n"
                + String.join("\n", wrong));
    }

    private static String roleName(String role) {
        return switch (role) {
        case "STAFF" -> "Staff";
        case "SUPERVISOR" -> "Supervisor";
        default -> "Administrator";
        };
    }

    /**
     * S1 (issue 16): operations addressed by an object's id (windows/{w}, complaints/{id}) check the
     * site of that object in the services, not only the role: DEMO's staff and supervisor act on
     * DEMO's window and complaint, and are refused 403 (problem+json naming the site) on the same
     * operation for an object of another site. The other site is made on the console's Sites screen
     * (the API creates none); its window and complaint through the API as the central administrator.
     */
    @Test
    void objectsOfAnotherSiteAreRefusedToThisSitesStaffAndSupervisor_S1() throws Exception {
        String admin = basic("admin", PASSWORD);
        if (!send("GET", "/v1/sites", null, null).body().contains("\"code\":\"" + OTHER_SITE + "\"")) {
            WebDriver driver = browserHall.driver();
            driver.get(hall.baseUrl() + "/admin/sites");
            PublicScreens.waitUpTo(driver, 30).until(d -> d.getCurrentUrl().contains("/login") || !d.findElements(By.id("sites")).isEmpty());
            if (driver.getCurrentUrl().contains("/login")) {
                PublicScreens.signInAsAdmin(driver);
                PublicScreens.waitUpTo(driver, 30).until(d -> !d.getCurrentUrl().contains("/login"));
                driver.get(hall.baseUrl() + "/admin/sites");
            }
            PublicScreens.visible(driver, "sites");
            PublicScreens.type(driver, "site-code", OTHER_SITE);
            PublicScreens.type(driver, "site-name", "Matrix other hall");
            PublicScreens.click(driver, "site-save");
            PublicScreens.waitUpTo(driver, 20).until(d -> {
                try {
                    return send("GET", "/v1/sites", null, null).body().contains("\"code\":\"" + OTHER_SITE + "\"");
                } catch (Exception e) {
                    return false;
                }
            });
            driver.manage().deleteAllCookies(); // signed out again: the other browser test signs in from the login page
        }
        Answer window = send("POST", "/v1/sites/" + OTHER_SITE + "/windows", admin, "{\"number\": 1, \"name\": \"Matrix\", \"serviceCodes\": []}");
        assertTrue(window.status() == 200 || window.status() == 201, window.body());
        long otherWindow = JSON.readTree(window.body()).get("id").asLong();
        long demoWindow = JSON.readTree(send("GET", "/v1/sites/" + SITE + "/windows", null, null).body()).get(0).get("id").asLong();
        long demoComplaint = complaintAt(SITE, admin);
        long otherComplaint = complaintAt(OTHER_SITE, admin);

        String staff = basic("matrix-staff-a", ACCOUNT_PASSWORD);
        String supervisor = basic("matrix-super-a", ACCOUNT_PASSWORD);
        record Step(String method, String path, String caller, String who, String body) {
        }
        List<Step> steps = List.of(
                new Step("POST", "/v1/queue/windows/%d/call", staff, "staff of " + SITE, null),
                new Step("PUT", "/v1/queue/windows/%d/open", supervisor, "supervisor of " + SITE, "{\"open\": true}"),
                new Step("GET", "/v1/complaint/complaints/%d", staff, "staff of " + SITE, null),
                new Step("POST", "/v1/complaint/complaints/%d/close", supervisor, "supervisor of " + SITE, null));
        List<String> wrong = new ArrayList<>();
        for (Step step : steps) {
            boolean onWindow = step.path().contains("/windows/");
            long own = onWindow ? demoWindow : demoComplaint;
            long other = onWindow ? otherWindow : otherComplaint;
            Answer mine = send(step.method(), String.format(step.path(), own), step.caller(), step.body());
            if (mine.status() == 401 || mine.status() == 403 || mine.status() >= 500) {
                wrong.add("DEMO's object refused: " + step.method() + " " + String.format(step.path(), own) + " as " + step.who() + ": "
                        + mine.status() + " " + mine.body());
            }
            Answer theirs = send(step.method(), String.format(step.path(), other), step.caller(), step.body());
            if (theirs.status() != 403 || !theirs.contentType().startsWith("application/problem+json")
                    || !theirs.body().contains(OTHER_SITE)) {
                wrong.add("another site's object not refused naming the site: " + step.method() + " " + String.format(step.path(), other)
                        + " as " + step.who() + ": " + theirs.status() + " " + theirs.body());
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
        Answer central = send("GET", "/v1/complaint/complaints/" + otherComplaint, admin, null);
        assertEquals(200, central.status(), "a central administrator reads any site's case: " + central.body());
    }

    private static long complaintAt(String site, String admin) throws Exception {
        Answer made = send("POST", "/v1/complaint/sites/" + site + "/complaints", admin,
                "{\"source\": \"PHONE\", \"category\": \"ATTITUDE\", \"text\": \"matrix complaint at " + site + "\"}");
        assertEquals(201, made.status(), made.body());
        return JSON.readTree(made.body()).get("id").asLong();
    }

    /** What a site's administrator may do, and what only a central administrator may (S1). */
    @Test
    void aSitesAdministratorGrantsRolesOnItsOwnSiteOnly_S1() throws Exception {
        String admin = basic("admin", PASSWORD);
        createAccount(admin, "matrix-admin-a", SITE, "ADMIN");
        String siteAdmin = basic("matrix-admin-a", ACCOUNT_PASSWORD);
        Answer own = send("PUT", "/v1/security/accounts/matrix-staff-a/sites/" + SITE, siteAdmin, "{\"roles\": [\"SUPERVISOR\"]}");
        assertEquals(200, own.status(), own.body());
        assertTrue(own.body().contains("\"DEMO\":[\"SUPERVISOR\"]"), own.body());
        Answer other = send("PUT", "/v1/security/accounts/matrix-staff-a/sites/" + OTHER_SITE, siteAdmin, "{\"roles\": [\"STAFF\"]}");
        assertEquals(403, other.status(), other.body());
        assertTrue(other.body().contains("matrix-admin-a lacks the role Administrator at site " + OTHER_SITE), other.body());
        Answer central = send("POST", "/v1/security/accounts", siteAdmin, "{\"username\": \"matrix-root\", \"displayName\": \"Root\", "
                + "\"roles\": [\"ADMIN\"], \"password\": \"" + ACCOUNT_PASSWORD + "\"}");
        assertEquals(403, central.status(), central.body());
        assertTrue(central.body().contains("on every site"), central.body());
        Answer audited = send("GET", "/v1/security/accounts", admin, null);
        assertTrue(audited.body().contains("matrix-staff-a"), audited.body());
        assertEquals(200, send("PUT", "/v1/security/accounts/matrix-staff-a/sites/" + SITE, admin, "{\"roles\": [\"STAFF\"]}").status());
    }

    /**
     * Issue 16: a staff member's account locked for failed sign-ins shows as locked on the console's
     * Staff screen, where an administrator of its site lifts the lock (audited); then it signs in again.
     */
    @Test
    void anAdministratorUnlocksALockedAccountOnTheStaffScreen_S1_S2() throws Exception {
        for (int i = 1; i <= 5; i++) {
            send("GET", "/v1/attendance/DEMO/posts", basic("d003", "wrong-password-" + i), null);
        }
        Answer locked = send("GET", "/v1/attendance/DEMO/posts", basic("d003", "wrong-password-6"), null);
        assertEquals(429, locked.status(), locked.body());

        WebDriver driver = browserHall.driver();
        driver.get(hall.baseUrl() + "/admin/staff");
        PublicScreens.signInAsAdmin(driver);
        PublicScreens.visible(driver, "staff");
        // the console in Chinese, as the hall's administrators read it
        WebElement before = PublicScreens.byId(driver, "console-language");
        PublicScreens.click(driver, "console-language");
        PublicScreens.clickFirst(driver, By.cssSelector("vaadin-select-item"), i -> i.getText().equals("中文"), 10);
        PublicScreens.waitUpTo(driver, 30).until(ExpectedConditions.stalenessOf(before));
        PublicScreens.waitUpTo(driver, 30).until(d -> d.findElements(By.cssSelector("#staff-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("锁定至")));
        PublicScreens.clickFirst(driver, By.cssSelector("#staff-grid vaadin-grid-cell-content"), c -> c.getText().equals("D003"), 20);
        WebElement unlock = PublicScreens.visible(driver, "staff-unlock");
        assertEquals("解除登录锁定", unlock.getText());
        PublicScreens.js(driver, "arguments[0].scrollIntoView({block: 'center'});", unlock);
        Screenshots.save(driver, "staff-locked-1366x900");
        PublicScreens.click(driver, "staff-unlock");
        PublicScreens.waitUpTo(driver, 20).until(d -> d.findElements(By.cssSelector("#staff-grid vaadin-grid-cell-content")).stream()
                .noneMatch(c -> c.getText().startsWith("锁定至")));
        PublicScreens.waitUpTo(driver, 10).until(d -> String.valueOf(PublicScreens.js(d, "return Array.from(document.querySelectorAll("
                + "'vaadin-notification-card')).map(c => c.innerText).join(' ');")).contains("已解除 张伟（登录名 d003）的登录锁定"));
        Screenshots.save(driver, "staff-unlocked-1366x900");

        Answer locks = send("GET", "/v1/security/sign-in-locks", basic("admin", PASSWORD), null);
        assertEquals("[]", locks.body(), "the lock is lifted");
        Answer again = send("GET", "/v1/attendance/DEMO/posts", basic("d003", "wrong-password-7"), null);
        assertEquals(401, again.status(), "unlocked: a wrong password is only wrong again, " + again.body());
    }
}
