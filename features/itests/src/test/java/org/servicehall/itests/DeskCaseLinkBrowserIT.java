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
 * T1 at the counter desk, in headless Chromium against the real distribution: with casework
 * installed the desk offers "open a case for this ticket" (为此号受理办件) only while a ticket is at
 * the window, and it leads to {@code casework/accept?ticket=<id>} with that ticket taken (the queue
 * finds the screen by its route, never importing casework).
 */
class DeskCaseLinkBrowserIT {
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

    private static boolean shown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void theDeskOpensACaseFromTheTicketAtTheWindow_T1() {
        logIn();
        assertTrue(!shown("desk-open-case"), "no ticket at the window: no case to open");
        String number = calledTicket();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(hall.get("/api/v1/queue/sites/DEMO/tickets/" + number));
        assertTrue(id.find(), "the ticket's id");
        WebElement link = waitUpTo(15).until(d -> shown("desk-open-case") ? d.findElement(By.id("desk-open-case")) : null);
        assertTrue(link.getAttribute("href").endsWith("/casework/accept?ticket=" + id.group(1)), link.getAttribute("href"));
        String text = link.getText();
        assertTrue(text.equals("为此号受理办件") || text.equals("Open a case for this ticket"), text);
        Screenshots.save(driver, "desk-open-case");
        link.click();
        waitUpTo(15).until(ExpectedConditions.urlContains("/casework/accept"));
        waitUpTo(15).until(d -> byId("case-ticket").findElement(By.cssSelector("input")).getAttribute("value").startsWith(number));
        Screenshots.save(driver, "desk-open-case-accept");
    }
}
