package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The counter desk and the supervisor's screens as people use them (issue 12), in headless
 * Chromium at 1366×900 against the real distribution, the console in Chinese: the desk shows how
 * many wait for its services and the longest wait, the phrase of the step at hand, and enables
 * no-show only after the recalls (Q6, C2); leaving the post with a ticket called asks what happens
 * to it (A3). Then the demo simulation runs: the queue dashboard and the attendance board name the
 * same staffed windows, and nothing is served by a window nobody staffs (A4).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Desk-Browser-Pass-7";

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    private static boolean enabled(String id) {
        return byId(id).getAttribute("disabled") == null;
    }

    @Test
    @Order(1)
    void theSupervisorSignsInAndReadsTheConsoleInChinese() {
        signInAtTheDesk();
        chooseLanguage("中文", "desk");
        waitUpTo(30).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("desk")).getText().contains("叫号"));
    }

    /**
     * Q6, Q10, C2 (issue 12): three wait for the tax counter; the desk says so with the longest wait,
     * shows the greeting as soon as a ticket is called, keeps no-show disabled until the two recalls
     * are done, and enables it then — the rule the service refuses with.
     */
    @Test
    @Order(2)
    void theDeskShowsWhoWaitsAndEnablesNoShowOnlyAfterTheRecalls_Q6_C2() throws Exception {
        // the demo hall puts the tax items on window 1 when the tax-hall plugin has started
        waitUpTo(60).until(d -> hall.get("/api/v1/queue/sites/DEMO/services").matches("(?s).*\"TX-INVOICE\"[^}]*\"takingTickets\":true.*"));
        for (int i = 0; i < 3; i++) {
            assertEquals(201, send("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"TX-INVOICE\"}"));
        }
        driver.get(hall.baseUrl() + "/desk");
        byId("desk-window");
        clockInAtTheDesk("D001", "李明");
        waitUpTo(15).until(d -> byId("desk-waiting").getText().equals("3"));
        assertTrue(byId("desk-longest").getText().contains("分钟"), byId("desk-longest").getText());
        assertTrue(byId("desk").getText().contains("本窗口等候人数"), "the figure is labelled");

        click("desk-call");
        waitUpTo(15).until(d -> byId("desk-current").getText().startsWith("TI"));
        String number = byId("desk-current").getText();
        assertTrue(byId("desk-phrase").getText().contains("您好"), "the greeting to say, from the start: " + byId("desk-phrase").getText());
        waitUpTo(15).until(d -> byId("desk-waiting").getText().equals("2"));
        assertFalse(enabled("desk-no-show"), "no-show before any recall");
        assertFalse(enabled("desk-finish"), "finish before the service started");
        assertTrue(enabled("desk-recall"));
        Screenshots.save(driver, "desk-called-no-show-disabled-1366x900");

        click("desk-recall");
        waitUpTo(15).until(d -> byId("desk-state").getText().contains("1"));
        assertFalse(enabled("desk-no-show"), "no-show after one recall of two");
        click("desk-recall");
        waitUpTo(15).until(d -> enabled("desk-no-show"));
        Screenshots.save(driver, "desk-recalled-twice-no-show-enabled-1366x900");
        assertTrue(hall.get("/api/v1/queue/sites/DEMO/tickets/" + number).contains("\"status\":\"CALLED\""));
    }

    /** A3 (issue 12): leaving the post with a ticket called asks what happens to it; put back, it waits again. */
    @Test
    @Order(3)
    void leavingThePostWithATicketCalledAsksWhatHappensToIt_A3() {
        String number = byId("desk-current").getText();
        WebElement reason = byId("post-reason").findElement(By.cssSelector("input"));
        reason.sendKeys("取材料");
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur(); arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                reason);
        click("post-leave");
        WebElement dialog = waitUpTo(15).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).stream()
                .filter(o -> o.getText().contains(number)).findFirst().orElse(null));
        assertTrue(dialog.getText().contains("放回队列"), dialog.getText());
        Screenshots.save(driver, "desk-leaving-with-a-ticket-1366x900");
        click("desk-leaving-put-back");
        waitUpTo(15).until(d -> hall.get("/api/v1/queue/sites/DEMO/tickets/" + number).contains("\"status\":\"WAITING\""));
        waitUpTo(15).until(d -> byId("post-return").isDisplayed());
        assertEquals("—", byId("desk-current").getText());
        click("post-return");
        waitUpTo(15).until(d -> byId("post-leave").isDisplayed());
    }

    /**
     * A4, Q10 (issue 12): the demo simulation clocks the demo staff in at their windows and serves
     * in their names: the queue dashboard and the attendance board show the same staffed windows,
     * and every window that served has its staff member signed in (so its work is theirs, not "system"'s).
     */
    @Test
    @Order(4)
    void afterASimulationTheDashboardAndTheAttendanceBoardTellOneStory_A4() throws Exception {
        Files.writeString(hall.home().resolve("etc/org.servicehall.simulation.cfg"),
                "site = DEMO\narrivalsPerMinute = 120\nserviceSeconds = 3\n", StandardCharsets.UTF_8);
        waitUpTo(90).until(d -> staffedWindows().size() == 6 && servedWindows().size() >= 4);
        Set<Integer> staffed = staffedWindows();
        Set<Integer> served = servedWindows();
        assertTrue(staffed.containsAll(served), "served " + served + " but staffed only " + staffed);

        driver.get(hall.baseUrl() + "/supervisor");
        Screenshots.save(driver, "supervisor-after-simulation-1366x900");
        WebElement windows = byId("supervisor-windows");
        waitUpTo(20).until(d -> windows.getText().contains("李明 (D001)") && windows.getText().contains("赵磊 (D006)"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", windows);
        Screenshots.save(driver, "supervisor-windows-staffed-after-simulation-1366x900");

        driver.get(hall.baseUrl() + "/attendance");
        WebElement grid = byId("attendance-grid");
        waitUpTo(20).until(d -> grid.getText().contains("李明") && grid.getText().contains("赵磊"));
        Screenshots.save(driver, "attendance-after-simulation-1366x900");
        for (String name : new String[] { "李明", "王芳", "张伟", "刘洋", "陈静", "赵磊" }) {
            assertTrue(grid.getText().contains(name), name + " is on the attendance board: " + grid.getText());
        }
        assertTrue(driver.findElements(By.cssSelector("#attendance-alerts [data-kind=SERVICE_UNSTAFFED]")).isEmpty(),
                "no service without staff: " + byId("attendance-alerts").getText());
        Files.writeString(hall.home().resolve("etc/org.servicehall.simulation.cfg"), "site =\n", StandardCharsets.UTF_8);
    }

    /** The windows with a staff member signed in (attendance's REST API). */
    private static Set<Integer> staffedWindows() {
        String posts = hall.get("/api/v1/attendance/DEMO/posts", "admin", PASSWORD);
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\"windowNumber\":(\\d+)").matcher(posts);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** The windows that served at least one ticket today (the queue's figures). */
    private static Set<Integer> servedWindows() {
        String stats = hall.get("/api/v1/queue/sites/DEMO/stats", "admin", PASSWORD);
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\"number\":(\\d+),[^}]*?\"served\":(\\d+)").matcher(stats);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) > 0) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }
}
