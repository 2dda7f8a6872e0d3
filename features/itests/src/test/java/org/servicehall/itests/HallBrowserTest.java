package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicehall.testing.Distribution;

/**
 * What a browser test class on the demo hall does again and again, written once: its
 * {@link BrowserHall} (started by the class's own {@code @BeforeAll} through {@link #startHall},
 * closed here after the class), the waits and clicks of {@link PublicScreens} on the class's
 * driver, signing in through the console's login form, a REST call as the administrator, and a
 * ticket taken at the kiosk and called at window 1 by 李明 (D001) clocked in there.
 *
 * <p>The state is static because JUnit's {@code @BeforeAll} is; JUnit runs one class at a time
 * (the failsafe configuration runs no test classes in parallel), and each class starts its own hall.
 */
abstract class HallBrowserTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CASE_NUMBER = Pattern.compile("DEMO-\\d{8}-\\d{4}");
    @TempDir
    static Path work;
    static BrowserHall session;
    static Distribution hall;
    static WebDriver driver;
    private static String adminPassword;

    /** Starts the class's hall with the first administrator's password and Chromium at {@code window}. */
    static void startHall(String password, Dimension window) {
        adminPassword = password;
        session = BrowserHall.start(work.resolve("hall"), password, window);
        hall = session.hall();
        driver = session.driver();
    }

    @AfterAll
    static void stopHall() {
        if (session != null) {
            try {
                session.close();
            } finally {
                session = null;
                hall = null;
                driver = null;
            }
        }
    }

    static WebDriverWait waitUpTo(int seconds) {
        return PublicScreens.waitUpTo(driver, seconds);
    }

    static WebElement byId(String id) {
        return waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    static void click(String id) {
        PublicScreens.click(driver, id);
    }

    static void type(String fieldId, String text) {
        PublicScreens.type(driver, fieldId, text);
    }

    /** Whether an element with this id is on the page and displayed. */
    static boolean shown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Opens {@code page} (a path such as {@code "/desk"}) without a session, is sent to the login
     * form, signs in as {@code user} and waits for the element {@code waitFor}.
     */
    static void signIn(String page, String user, String password, String waitFor) {
        driver.manage().deleteAllCookies();
        driver.get(hall.baseUrl() + page);
        waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
        WebElement form = byId("vaadinLoginFormWrapper");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(user);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        byId(waitFor);
    }

    /** Signs in as the administrator at the counter desk. */
    static void signInAtTheDesk() {
        signIn("/desk", "admin", adminPassword, "desk-window");
    }

    /**
     * S4 (issue 16): a result handed out or a seal used at the desk asks for the citizen's document
     * (the dialog {@code identity-check-dialog}, its document type already the applicant's kind): types
     * {@code number}, checks it, and gives the administrator's password again when the password dialog
     * ({@code reauth-dialog}) asks for it — a sign-in of the last minutes needs none — until {@code done}.
     */
    static void checkIdentityAtTheDesk(String number, String screenshot, java.util.function.Predicate<WebDriver> done) {
        waitUpTo(15).until(d -> shown("identity-number"));
        if (screenshot != null) {
            Screenshots.save(driver, screenshot);
        }
        type("identity-number", number);
        click("identity-record");
        java.util.function.Predicate<WebDriver> finished = d -> {
            try {
                return done.test(d);
            } catch (RuntimeException notYet) {
                return false;
            }
        };
        waitUpTo(20).until(d -> shown("reauth-password") || finished.test(d));
        if (shown("reauth-password")) {
            type("reauth-password", adminPassword);
            click("reauth-submit");
            waitUpTo(20).until(finished::test);
        }
    }

    /** Chooses the console's language by its label; the page reloads in it and shows the element {@code pageId} again. */
    static void chooseLanguage(String label, String pageId) {
        WebElement before = byId("console-language");
        click("console-language");
        PublicScreens.clickFirst(driver, By.cssSelector("vaadin-select-item"), i -> i.getText().equals(label), 10);
        waitUpTo(30).until(ExpectedConditions.stalenessOf(before));
        waitUpTo(30).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> select = d.findElements(By.id("console-language"));
            return !select.isEmpty() && select.get(0).getText().contains(label) && !d.findElements(By.id(pageId)).isEmpty();
        });
    }

    /** The texts of the notifications on the page, one a line. */
    static String notifications() {
        return (String) PublicScreens.js(driver,
                "return Array.from(document.querySelectorAll('vaadin-notification-card')).map(c => c.innerText).join('\\n');");
    }

    /** A REST call as the administrator with {@code Accept-Language: language} (none when null): the status and the body. */
    static HttpResponse<String> call(String method, String path, String json, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A REST call as the administrator, read in Chinese: the status and the body. */
    static HttpResponse<String> call(String method, String path, String json) throws Exception {
        return call(method, path, json, "zh-CN");
    }

    /** The status of a REST call as the administrator. */
    static int send(String method, String path, String json) throws Exception {
        return call(method, path, json, null).statusCode();
    }

    /** Takes a ticket for {@code service} at the kiosk and answers its number as the kiosk shows it. */
    static String ticketAtTheKiosk(String service) {
        driver.get(hall.baseUrl() + "/kiosk?site=DEMO");
        click("kiosk-service-" + service);
        return waitUpTo(15).until(d -> {
            List<WebElement> n = d.findElements(By.id("kiosk-ticket-number"));
            return n.isEmpty() || n.get(0).getText().isBlank() ? null : n.get(0).getText();
        });
    }

    /** The staff member clocks in at the window the counter desk on the page is at (A2, A4); {@code name} shows when done. */
    static void clockInAtTheDesk(String staffNumber, String name) {
        WebElement input = byId("post-staff").findElement(By.cssSelector("input"));
        input.sendKeys(staffNumber);
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        click("post-clock-in");
        waitUpTo(15).until(d -> byId("post-state").getText().contains(name));
    }

    /** 李明 (D001) clocks in at window 1 on the counter desk; the desk must be signed in. */
    static void clockInAtWindowOne() {
        driver.get(hall.baseUrl() + "/desk");
        byId("desk-window");
        clockInAtTheDesk("D001", "李明");
    }

    /** A TX-INVOICE ticket taken at the kiosk and called at window 1 once 李明 (D001) clocked in there: its number. */
    static String calledTicket() {
        String number = ticketAtTheKiosk("TX-INVOICE");
        clockInAtWindowOne();
        click("desk-call");
        waitUpTo(15).until(d -> number.equals(byId("desk-current").getText()));
        return number;
    }

    /** Accepts a case for 张三 from the called ticket {@code number} on casework's accept screen (T1): the case's number. */
    static String acceptCaseFor(String number) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(hall.get("/api/v1/queue/sites/DEMO/tickets/" + number));
        assertTrue(id.find(), "the ticket's id");
        driver.get(hall.baseUrl() + "/casework/accept?ticket=" + id.group(1));
        waitUpTo(15).until(d -> byId("case-ticket").findElement(By.cssSelector("input")).getAttribute("value").startsWith(number));
        type("case-name", "张三");
        type("case-id-number", "11010519491231002X");
        type("case-phone", "13812345678");
        click("case-accept-submit");
        return waitUpTo(15).until(d -> {
            Matcher m = CASE_NUMBER.matcher(byId("case-accept-result").getText());
            return m.find() ? m.group() : null;
        });
    }
}
