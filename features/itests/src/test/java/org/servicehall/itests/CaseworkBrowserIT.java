package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Casework at the counter (T1/T3), in headless Chromium against the real distribution: a ticket
 * taken at the kiosk and called at the desk becomes a case on the "accept a case" screen (the
 * desk's called ticket in {@code casework/accept?ticket=<id>}), and the supervision board counts it.
 */
class CaseworkBrowserIT extends HallBrowserTest {
    @BeforeAll
    static void start() {
        startHall("Browser-Test-Pass-7", BrowserHall.DESK_SCREEN);
    }

    @Test
    void aCaseAcceptedFromTheCalledTicketIsOnTheSupervisionBoard_T1_T3() {
        signInAtTheDesk();
        assertEquals("DEMO-20261130-0001", acceptCaseFor(calledTicket()));
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
