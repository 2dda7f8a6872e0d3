package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * T1 at the counter desk, in headless Chromium against the real distribution: with casework
 * installed the desk offers "open a case for this ticket" (为此号受理办件) only while a ticket is at
 * the window, and it leads to {@code casework/accept?ticket=<id>} with that ticket taken (the queue
 * finds the screen by its route, never importing casework).
 */
class DeskCaseLinkBrowserIT extends HallBrowserTest {
    @BeforeAll
    static void start() {
        startHall("Browser-Test-Pass-7", BrowserHall.DESK_SCREEN);
    }

    @Test
    void theDeskOpensACaseFromTheTicketAtTheWindow_T1() {
        signInAtTheDesk();
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
