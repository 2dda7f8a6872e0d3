package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicehall.testing.Distribution;

/**
 * Casework at the counter (T1/T3), in headless Chromium against the real distribution: a ticket
 * taken at the kiosk and called at the desk becomes a case on the "accept a case" screen (the
 * desk's called ticket in {@code casework/accept?ticket=<id>}), and the supervision board counts it.
 */
class CaseworkBrowserIT {
    private static final String PASSWORD = "Browser-Test-Pass-7";
    @TempDir
    static Path work;
    private static Distribution hall;
    private static BrowserHall session;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        session = BrowserHall.start(work.resolve("hall"), PASSWORD, BrowserHall.DESK_SCREEN);
        hall = session.hall();
        driver = session.driver();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return PublicScreens.waitUpTo(driver, seconds);
    }

    private static WebElement byId(String id) {
        return waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private static void click(String id) {
        PublicScreens.click(driver, id);
    }

    private static void type(String fieldId, String text) {
        PublicScreens.type(driver, fieldId, text);
    }

    private static void logIn() {
        driver.get(hall.baseUrl() + "/desk");
        waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
        WebElement form = byId("vaadinLoginFormWrapper");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        byId("desk-window");
    }

    /** A ticket taken at the kiosk and called at window 1 once 李明 (D001) clocked in there (A2, A4). */
    private static String calledTicket() {
        driver.get(hall.baseUrl() + "/kiosk?site=DEMO");
        click("kiosk-service-TX-INVOICE");
        String number = waitUpTo(15).until(d -> {
            List<WebElement> n = d.findElements(By.id("kiosk-ticket-number"));
            return n.isEmpty() || n.get(0).getText().isBlank() ? null : n.get(0).getText();
        });
        driver.get(hall.baseUrl() + "/desk");
        byId("desk-window");
        WebElement staff = byId("post-staff").findElement(By.cssSelector("input"));
        staff.sendKeys("D001");
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        staff.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        click("post-clock-in");
        waitUpTo(15).until(d -> byId("post-state").getText().contains("李明"));
        click("desk-call");
        waitUpTo(15).until(d -> number.equals(byId("desk-current").getText()));
        return number;
    }

    @Test
    void aCaseAcceptedFromTheCalledTicketIsOnTheSupervisionBoard_T1_T3() {
        logIn();
        String number = calledTicket();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(hall.get("/api/v1/queue/sites/DEMO/tickets/" + number));
        assertTrue(id.find(), "the ticket's id");

        driver.get(hall.baseUrl() + "/casework/accept?ticket=" + id.group(1));
        waitUpTo(15).until(d -> byId("case-ticket").findElement(By.cssSelector("input")).getAttribute("value").startsWith(number));
        type("case-name", "张三");
        type("case-id-number", "11010519491231002X");
        type("case-phone", "13812345678");
        click("case-accept-submit");
        String result = waitUpTo(15).until(d -> {
            String t = byId("case-accept-result").getText();
            return t.isBlank() ? null : t;
        });
        assertTrue(result.contains("DEMO-20261130-0001"), result);
        Screenshots.save(driver, "casework-accept");

        driver.get(hall.baseUrl() + "/casework/supervision");
        waitUpTo(15).until(d -> {
            WebElement tiles = byId("supervision-tiles");
            List<WebElement> lit = tiles.findElements(By.cssSelector("[data-count]"));
            return lit.stream().mapToInt(e -> Integer.parseInt(e.getAttribute("data-count"))).sum() == 1;
        });
        waitUpTo(15).until(d -> byId("supervision-urgent").getText().contains("DEMO-20261130-0001")
                || byId("supervision-green").getAttribute("data-count").equals("1"));
        Screenshots.save(driver, "casework-supervision");
    }
}
