package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The console as an administrator and a supervisor meet it (issue 12, Console), in headless
 * Chromium at 1366×900 against the real distribution: a refusal on a Chinese screen reads in
 * Chinese, without field names or rule IDs; the REST API answers a Chinese caller in Chinese; date
 * and time pickers read 2026年11月30日 and 09:00; a supervisor's home page shows the hall now
 * (waiting, windows open and staffed, standing alerts, complaints due) with the menu grouped by
 * area; the language chosen is remembered with the account and applied at the next sign-in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleHomeBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Home-Browser-Pass-7";
    private static final String SUPERVISOR_PASSWORD = "Supervisor-Pass-2026";

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    /** A refused staff form on a Chinese screen says what is wrong in Chinese, naming the field by its label. */
    @Test
    @Order(1)
    void aRefusalOnAChineseScreenReadsInChinese() {
        signIn("/admin/staff", "admin", PASSWORD, "staff-grid");
        chooseLanguage("中文", "staff-grid");
        type("staff-number", "督 1");
        type("staff-name", "王督查");
        type("staff-password", SUPERVISOR_PASSWORD);
        click("staff-save");
        waitUpTo(15).until(d -> notifications().contains("不是有效的工号"));
        String text = notifications();
        Screenshots.save(driver, "console-error-zh-1366x900");
        assertFalse(text.contains("is not a valid"), "no English on a Chinese screen: " + text);
        assertFalse(text.contains("staffNumber"), "the field by its label, not its name: " + text);
    }

    /** The REST API answers a Chinese caller in Chinese: the web's own body check and a site rule. */
    @Test
    @Order(2)
    void theApiAnswersAChineseCallerInChinese() throws Exception {
        HttpResponse<String> wrongType = call("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\": 12}", "zh-CN,zh;q=0.9");
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertTrue(wrongType.body().contains("应为文本，实际为数字"), wrongType.body());
        HttpResponse<String> english = call("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\": 12}", "en");
        assertTrue(english.body().contains("expected a text, got a number"), english.body());
        HttpResponse<String> window = call("POST", "/api/v1/sites/DEMO/windows", "{\"number\": 1, \"name\": \"重复窗口\", \"serviceCodes\": []}",
                "zh-CN");
        assertEquals(400, window.statusCode(), window.body());
        assertTrue(window.body().contains("号窗口已被"), window.body());
    }

    /** Pickers in the reader's language: 2026年11月30日 and the 24-hour clock (today they showed 11/30/2026, 9:00 AM). */
    @Test
    @Order(3)
    void datesAndTimesReadInChinese() {
        driver.get(hall.baseUrl() + "/admin/calendar");
        byId("calendar-date");
        WebElement date = byId("calendar-date").findElement(By.cssSelector("input"));
        date.clear();
        date.sendKeys("2026-11-30", Keys.ENTER); // the date picker commits what was typed on Enter
        try {
            waitUpTo(10).until(d -> "2026年11月30日".equals(date.getAttribute("value")));
        } finally {
            Screenshots.save(driver, "console-date-zh-1366x900");
        }
        assertEquals("2026年11月30日", date.getAttribute("value"));

        driver.get(hall.baseUrl() + "/admin/sites");
        byId("sites-grid");
        PublicScreens.clickFirst(driver, By.cssSelector("vaadin-grid-cell-content"), c -> c.getText().equals("DEMO"), 15);
        WebElement opens = driver.findElements(By.cssSelector("vaadin-time-picker input")).get(0);
        try {
            waitUpTo(10).until(d -> "09:00".equals(opens.getAttribute("value")));
        } finally {
            Screenshots.save(driver, "console-time-zh-1366x900");
        }
        assertEquals("09:00", opens.getAttribute("value"));
    }

    /** The administrator names a supervisor (in Chinese: the supervisor's role by its Chinese name). */
    @Test
    @Order(4)
    void theAdministratorNamesASupervisor() throws Exception {
        driver.get(hall.baseUrl() + "/admin/staff");
        byId("staff-grid");
        type("staff-number", "S900");
        type("staff-name", "王督查");
        type("staff-password", SUPERVISOR_PASSWORD);
        PublicScreens.clickFirst(driver, By.cssSelector("#staff vaadin-checkbox"), c -> c.getText().contains("督查"), 10);
        click("staff-save");
        waitUpTo(15).until(d -> d.findElement(By.id("staff-grid")).getText().contains("S900"));
        // the hall now: three wait for the tax counter, 李明 staffs window 1
        for (int i = 0; i < 3; i++) {
            assertEquals(201, call("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"TX-INVOICE\"}", null).statusCode());
        }
        HttpResponse<String> clockIn = call("POST", "/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D001\",\"window\":1}", null);
        assertEquals(true, clockIn.statusCode() < 300, clockIn.body());
    }

    /** The supervisor's home page: the live figures, the menu by area; English first (the browser's language). */
    @Test
    @Order(5)
    void theSupervisorsHomeShowsTheHallNow() {
        signIn("/", "s900", SUPERVISOR_PASSWORD, "home");
        waitUpTo(15).until(d -> !d.findElements(By.id("figure-waiting")).isEmpty());
        assertEquals("3", byId("figure-waiting").findElement(By.className("home-figure-value")).getText());
        assertTrue(byId("figure-waiting").getText().contains("waiting now"), byId("figure-waiting").getText());
        assertEquals("1", byId("figure-staffed-windows").findElement(By.className("home-figure-value")).getText());
        byId("figure-alerts");
        byId("figure-cases-due");
        byId("figure-open-windows");
        // the menu by area, no "Platform" cards
        assertTrue(byId("menu-queue").getText().contains("Queue"), byId("menu-queue").getText());
        byId("menu-staff");
        byId("menu-complaints");
        assertTrue(driver.findElements(By.id("menu-setup")).isEmpty(), "a supervisor has no setup screens");
        assertFalse(byId("home").getText().contains("Platform"), byId("home").getText());
        Screenshots.save(driver, "home-supervisor-en-1366x900");
        WebElement waiting = byId("figure-waiting");
        Object bottom = ((JavascriptExecutor) driver).executeScript("return arguments[0].getBoundingClientRect().bottom;", waiting);
        assertTrue(((Number) bottom).doubleValue() < 900, "the figures are in view when the page opens: " + bottom);
    }

    /** In Chinese, and remembered: the next sign-in opens in Chinese without choosing again. */
    @Test
    @Order(6)
    void theLanguageIsRememberedWithTheAccount() {
        chooseLanguage("中文", "home");
        waitUpTo(15).until(d -> byId("figure-waiting").getText().contains("当前等候人数"));
        assertTrue(byId("menu-queue").getText().contains("排队叫号"), byId("menu-queue").getText());
        Screenshots.save(driver, "home-supervisor-zh-1366x900");
        signIn("/", "s900", SUPERVISOR_PASSWORD, "home");
        waitUpTo(15).until(d -> byId("figure-waiting").getText().contains("当前等候人数"));
    }

    /**
     * Q11, issue 12 (destructive actions confirm with their consequences): closing window 1 while the
     * three invoice tickets wait asks first, saying how many wait and what happens to them; keeping it
     * open changes nothing.
     */
    @Test
    @Order(7)
    void closingAWindowPeopleWaitForAsksFirst() {
        driver.get(hall.baseUrl() + "/supervisor");
        // the windows grid is below the alerts and the services: bring the button into view first
        waitUpTo(15).ignoring(StaleElementReferenceException.class).until(d -> { // the grid may redraw its rows as the page fills
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", byId("toggle-window-1"));
            return true;
        });
        click("toggle-window-1");
        WebElement consequences = byId("close-window-consequences");
        assertTrue(consequences.getText().contains("有 3 人正在等候"), consequences.getText());
        Screenshots.save(driver, "supervisor-close-window-confirm-zh-1366x900");
        click("close-window-cancel");
        waitUpTo(10).until(d -> d.findElements(By.id("close-window-consequences")).isEmpty());
        assertEquals("关闭", byId("toggle-window-1").getText(), "the window is still open");
    }

    /**
     * Issue 16, the console's forms fuzzed: a staff member's name of 10,000 characters and one holding
     * a right-to-left override are refused with the reason beside the name field, in Chinese, and
     * nothing is saved; a name with an emoji (a character like any other, outside the BMP) is kept as
     * typed and reads back the same. The values are set as a paste would set them (ChromeDriver cannot
     * type characters outside the BMP, nor 10,000 of them quickly).
     */
    @Test
    @Order(8)
    void aHugeNameOrADirectionOverrideIsExplainedBesideTheFieldAndAnEmojiIsKept_issue16() {
        signIn("/admin/staff", "admin", PASSWORD, "staff-grid");
        paste("staff-number", "D091");
        paste("staff-name", "王".repeat(10_000));
        paste("staff-password", SUPERVISOR_PASSWORD);
        click("staff-save");
        waitUpTo(20).until(d -> fieldError("staff-name").contains("最多允许 60 个"));
        assertTrue(fieldError("staff-name").contains("共 10000 个字符"), fieldError("staff-name"));
        Screenshots.save(driver, "console-staff-name-too-long-zh-1366x900");

        paste("staff-name", "李\u202E明");
        click("staff-save");
        waitUpTo(20).until(d -> fieldError("staff-name").contains("文字方向控制符 U+202E"));
        assertFalse(fieldError("staff-name").contains("holds"), "no English beside a Chinese field: " + fieldError("staff-name"));
        assertFalse(staffGrid().contains("D091"), "nothing was saved: " + staffGrid());

        paste("staff-name", "李明\uD83D\uDE00");
        click("staff-save");
        waitUpTo(20).until(d -> staffGrid().contains("D091"));
        driver.get(hall.baseUrl() + "/admin/staff"); // read back from the database, not from the form
        waitUpTo(20).until(d -> staffGrid().contains("李明\uD83D\uDE00"));
    }

    /** The staff grid's cells as the page shows them, one a line. */
    private static String staffGrid() {
        byId("staff-grid");
        return (String) PublicScreens.js(driver,
                "return Array.from(document.querySelectorAll('#staff-grid vaadin-grid-cell-content')).map(c => c.innerText).join('\\n');");
    }

    /** Sets an input's value as a paste does, and lets the field tell the server. */
    private static void paste(String fieldId, String text) {
        WebElement input = byId(fieldId).findElement(By.cssSelector("input"));
        PublicScreens.js(driver, "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
    }

    /** The message a field shows beside it, or "" when none. */
    private static String fieldError(String fieldId) {
        WebElement field = byId(fieldId);
        return "true".equals(field.getAttribute("invalid")) ? String.valueOf(field.getAttribute("errorMessage")) : "";
    }
}
