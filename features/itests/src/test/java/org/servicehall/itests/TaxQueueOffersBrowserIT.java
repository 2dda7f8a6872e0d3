package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * TX3 (第六条) where the taxpayer stands, in headless Chromium against the real distribution: once
 * more wait for a tax service than its threshold (Q3), the kiosk (1366x900) shows, under the tiles,
 * a later slot to book (with its QR code), the self-service terminals and the online tax office for
 * that service only, and the waiting ticket's phone page (390x844) offers the same, its booking link
 * opening the booking page with the service chosen (Q9). Through the queue's ServiceOffers
 * extension point, which the tax-hall plugin fills.
 */
class TaxQueueOffersBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Browser-Test-Pass-7";
    private static final String SERVICE = "TX-REG-CHANGE";

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    @Test
    void aLongTaxQueueOffersALaterSlotSelfServiceAndOnlineAtTheKioskAndOnThePhone_TX3_Q9() throws Exception {
        waitUpTo(90).until(d -> hall.get("/api/v1/queue/sites/DEMO/services").matches("(?s).*\"" + SERVICE + "\"[^}]*\"takingTickets\":true.*"));
        HttpResponse<String> threshold = call("PUT", "/api/v1/queue/sites/DEMO/services/" + SERVICE + "/thresholds", "{\"alertWaitingOver\":2}");
        assertEquals(200, threshold.statusCode(), threshold.body());
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = PublicScreens.issue(hall, SERVICE);
        }
        waitUpTo(30).until(d -> hall.get("/api/v1/tax-hall/public/sites/DEMO/measures").contains("OFFER_BOOKING"));

        PublicScreens.viewport(driver, BrowserHall.DESK_SCREEN.width, BrowserHall.DESK_SCREEN.height); // the kiosk's screen is the page
        driver.get(hall.baseUrl() + "/kiosk?site=DEMO");
        WebElement offers = waitUpTo(30).until(d -> d.findElements(By.id("kiosk-offers-" + SERVICE)).stream().findFirst().orElse(null));
        Screenshots.save(driver, "tax-kiosk-long-queue-1366x900");
        String text = offers.getText();
        assertTrue(text.contains("排队较长") && text.contains("预约稍后时段办理") && text.contains("自助办税终端") && text.contains("电子税务局"), text);
        assertTrue(PublicScreens.inView(driver, offers), "the offers show without scrolling at the kiosk");
        assertTrue(PublicScreens.fontSize(driver, offers) >= 18, "readable at the kiosk");
        assertEquals(1, driver.findElements(By.cssSelector("#kiosk-offers .sh-offer")).size(), "only the long queue's service: "
                + byId("kiosk-offers").getText());

        PublicScreens.viewport(driver, 390, 844);
        try {
            driver.get(hall.baseUrl() + "/api/v1/queue/follow/DEMO/" + last + "?lang=zh-CN");
            WebElement phone = byId("offers");
            assertTrue(phone.getText().contains("排队较长，您也可以") && phone.getText().contains("自助办税终端"), phone.getText());
            // the ticket's number on one line, large (a five-character TC003 broke over two lines at 5.5em)
            Object lines = PublicScreens.js(driver, "const r = document.createRange(); r.selectNodeContents(document.getElementById('number'));"
                    + " return new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size;");
            assertEquals(1L, ((Number) lines).longValue(), "the number on one line: " + byId("number").getText());
            assertTrue(PublicScreens.fontSize(driver, byId("number")) >= 60, "the number in large type on the phone");
            Screenshots.save(driver, "tax-phone-long-queue-390x844");
            phone.findElement(By.cssSelector("li[data-kind=BOOK_LATER] a")).click();
            waitUpTo(15).until(d -> d.getCurrentUrl().contains("/book?service=" + SERVICE));
            waitUpTo(15).until(d -> SERVICE.equals(d.findElement(By.id("service")).getAttribute("value")));
            Screenshots.save(driver, "tax-phone-book-later-390x844");
        } finally {
            PublicScreens.viewport(driver, BrowserHall.DESK_SCREEN.width, BrowserHall.DESK_SCREEN.height);
        }
    }
}
