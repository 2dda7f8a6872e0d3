package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Q9, issue 14 H5 in headless Chromium against the real distribution: the hall's administrator has
 * radiology (H-RAD) booked in 15-minute slots of 2 places and registration (H-REG) and the pharmacy
 * not at all; the phone's booking page (390x844) then offers radiology in its slots and neither of the
 * others, the REST API refuses a booking of registration in words, and the supervisor dashboard's
 * appointments dialog shows a slot length out of range beside its field.
 */
class BookingRulesBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Browser-Test-Pass-7";

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    @Test
    void radiologyIsBookedInFifteenMinuteSlotsOfTwoAndRegistrationAndPharmacyAreNotOffered_Q9_H5() throws Exception {
        waitUpTo(90).until(d -> hall.get("/api/v1/queue/sites/DEMO/services").contains("\"H-RAD\""));
        HttpResponse<String> rad = call("PUT", "/api/v1/queue/sites/DEMO/services/H-RAD/booking", "{\"slotMinutes\":15,\"places\":2}");
        assertEquals(200, rad.statusCode(), rad.body());
        assertTrue(rad.body().contains("\"slotMinutes\":15") && rad.body().contains("\"places\":2"), rad.body());
        for (String service : List.of("H-REG", "H-PHARM")) {
            HttpResponse<String> off = call("PUT", "/api/v1/queue/sites/DEMO/services/" + service + "/booking", "{\"bookable\":false}");
            assertEquals(200, off.statusCode(), off.body());
        }
        HttpResponse<String> refused = call("POST", "/api/v1/queue/sites/DEMO/bookings",
                "{\"service\":\"H-REG\",\"date\":\"2026-11-30\",\"slot\":\"10:00\",\"phone\":\"13812345678\"}");
        assertTrue(refused.statusCode() >= 400 && refused.body().contains("此业务不接受预约"), refused.statusCode() + " " + refused.body());

        PublicScreens.viewport(driver, 390, 844);
        try {
            driver.get(hall.baseUrl() + "/api/v1/queue/follow/DEMO/book?service=H-RAD");
            waitUpTo(15).until(d -> "H-RAD".equals(d.findElement(By.id("service")).getAttribute("value")));
            List<String> offered = driver.findElements(By.cssSelector("#service option")).stream().map(o -> o.getAttribute("value")).toList();
            assertFalse(offered.contains("H-REG") || offered.contains("H-PHARM"), "not bookable, not offered: " + offered);
            assertTrue(offered.contains("TX-INVOICE"), "other services keep the defaults: " + offered);
            List<WebElement> buttons = waitUpTo(15).until(d -> {
                List<WebElement> b = d.findElements(By.cssSelector("#slots button.slot"));
                return b.size() >= 2 ? b : null;
            });
            LocalTime first = LocalTime.parse(buttons.get(0).getText().substring(0, 5));
            LocalTime second = LocalTime.parse(buttons.get(1).getText().substring(0, 5));
            assertEquals(first.plusMinutes(15), second, "15-minute slots: " + buttons.get(0).getText() + ", " + buttons.get(1).getText());
            assertTrue(buttons.get(0).getText().endsWith("(2)"), "2 places: " + buttons.get(0).getText());
            Screenshots.save(driver, "booking-radiology-390x844");
        } finally {
            PublicScreens.viewport(driver, BrowserHall.DESK_SCREEN.width, BrowserHall.DESK_SCREEN.height);
        }

        signIn("/supervisor", "admin", PASSWORD, "supervisor-services");
        waitUpTo(15).until(d -> !d.findElements(By.id("booking-H-RAD")).isEmpty());
        Object overflow = PublicScreens.js(driver, "const t = document.getElementById('supervisor-services').$.table;"
                + " return t.scrollWidth - t.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 1, "the services' grid fits 1366 px with the appointments (issue 12): " + overflow);
        assertEquals("15 min · 2/slot *", byId("booking-H-RAD").getText());
        // the dashboard redraws its rows as the hall's figures change: a click on a button being replaced is lost, so click again
        // until the dialog opens (checking first, so that a dialog opening late is not opened twice)
        WebElement minutes = waitUpTo(60).until(d -> {
            List<WebElement> open = d.findElements(By.id("booking-minutes"));
            if (!open.isEmpty()) {
                return open.get(0);
            }
            PublicScreens.click(driver, "booking-H-RAD");
            try {
                return new WebDriverWait(d, Duration.ofSeconds(5), Duration.ofMillis(100))
                        .until(x -> x.findElements(By.id("booking-minutes")).stream().findFirst().orElse(null));
            } catch (TimeoutException lost) {
                return null;
            }
        });
        PublicScreens.js(driver, "arguments[0].value = '4'; arguments[0].dispatchEvent(new Event('change'));", minutes);
        click("booking-save");
        // the field's error shows once the server's answer is back (invalid, then its message, may arrive in two round trips)
        String error = waitUpTo(15).until(d -> {
            Object m = PublicScreens.js(driver, "const f = document.getElementById('booking-minutes');"
                    + " return f && f.invalid ? f.errorMessage : null;");
            return m instanceof String text && text.contains("240") ? text : null;
        });
        assertTrue(error.contains("5") && error.contains("4"), "the error beside the field: " + error);
        Screenshots.save(driver, "supervisor-booking-dialog-1366x900");
        assertTrue(hall.get("/api/v1/queue/sites/DEMO/settings", "admin", PASSWORD).contains("\"slotMinutes\":15"), "nothing changed");
    }
}
