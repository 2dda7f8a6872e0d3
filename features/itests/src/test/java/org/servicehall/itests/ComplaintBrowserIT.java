package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.itests.PublicScreens.byId;
import static org.servicehall.itests.PublicScreens.click;
import static org.servicehall.itests.PublicScreens.inView;
import static org.servicehall.itests.PublicScreens.js;
import static org.servicehall.itests.PublicScreens.send;
import static org.servicehall.itests.PublicScreens.visible;
import static org.servicehall.itests.PublicScreens.waitUpTo;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;

/**
 * Complaints and ratings as people meet them (issue 12, P1-P3), in headless Chromium against the
 * real distribution's demo hall on a Monday morning: the rating pad at window 1 on a 1366x900
 * tablet (five coloured faces with their words, who serves by name and 工号, the comment carried
 * into the case a bad rating opens), the public complaint form and tracking page on a 390x844
 * phone in Chinese (an unknown number reads as a Chinese sentence, not JSON; the answer and why the
 * due date moved), and booking with a phone number, masked afterwards, with its cancellation link.
 * Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintBrowserIT {
    private static final Pattern TICKET_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TRACKING = Pattern.compile("TS-\\d{8}-[A-Z2-9]{6}");
    private static final List<String> LEVELS = List.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED",
            "VERY_DISSATISFIED");
    private static final String COMMENT = "叫号后窗口无人，等了二十分钟";
    @TempDir
    static Path work;
    private static Distribution hall;
    private static Browser browser;
    private static WebDriver driver;
    private static String servedTicket;

    @BeforeAll
    static void start() {
        hall = PublicScreens.hallAt(work.resolve("hall"), "09:30");
        awaitQueueApi();
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    /**
     * The console may answer before every REST resource is registered (the queue's waits for its
     * booking service): up to a minute for the queue's API, so a scene set through it finds it.
     */
    private static void awaitQueueApi() {
        long until = System.nanoTime() + 60_000_000_000L;
        while (send(hall, "GET", "/api/v1/queue/sites/DEMO/bookings/AAAAAAAA", null).statusCode() == 404
                && send(hall, "GET", "/api/v1/queue/sites/DEMO/bookings/AAAAAAAA", null).body().contains("HTTP 404")
                && System.nanoTime() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A GET signed in as the admin: the body. */
    private static String read(String path) {
        HttpResponse<String> r = send(hall, "GET", path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static void ok(String method, String path, String json) {
        HttpResponse<String> r = send(hall, method, path, json);
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " " + r.body());
    }

    /**
     * P1: window 1 finishes a ticket of 李明 (D001); its pad asks with five faces of distinct colours
     * and their words, large enough for a finger, all in view, and names who served (李明 · 工号
     * D001); a bad rating with a comment opens a case whose text holds the comment.
     */
    @Test
    @Order(1)
    void theRatingPadShowsFiveColouredFacesAndWhoServedAndCarriesTheComment_P1() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(hall.baseUrl() + "/rating?site=DEMO&window=1");
        visible(driver, "rating-idle");
        servedTicket = PublicScreens.issue(hall, "TX-INVOICE");
        HttpResponse<String> in = send(hall, "POST", "/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D001\",\"window\":1}");
        assertEquals(200, in.statusCode(), in.body());
        HttpResponse<String> call = send(hall, "POST", "/api/v1/queue/windows/" + PublicScreens.windowId(hall, 1) + "/call", null);
        assertEquals(200, call.statusCode(), call.body());
        Matcher id = TICKET_ID.matcher(call.body());
        assertTrue(id.find() && call.body().contains(servedTicket), call.body());
        ok("POST", "/api/v1/queue/tickets/" + id.group(1) + "/start", null);
        ok("POST", "/api/v1/queue/tickets/" + id.group(1) + "/finish", null);

        visible(driver, "rating-ask");
        waitUpTo(driver, 10).until(d -> d.findElement(By.id("rating-question")).getText().contains(servedTicket));
        WebElement staff = visible(driver, "rating-staff");
        assertTrue(staff.getText().contains("李明") && staff.getText().contains("工号 D001"), staff.getText());
        Set<String> colours = new HashSet<>();
        StringBuilder words = new StringBuilder();
        for (String level : LEVELS) {
            WebElement face = visible(driver, "rating-level-" + level);
            assertTrue(inView(driver, face), level + " in view without scrolling");
            List<?> size = (List<?>) js(driver, "const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", face);
            assertTrue(((Number) size.get(0)).doubleValue() >= 180 && ((Number) size.get(1)).doubleValue() >= 180,
                    level + " is a large touch target: " + size);
            colours.add(String.valueOf(js(driver, "return arguments[0].querySelector('svg circle').getAttribute('fill');", face)));
            words.append(face.getText().strip()).append(' ');
        }
        assertEquals("非常满意 满意 基本满意 不满意 非常不满意", words.toString().strip());
        assertEquals(5, colours.size(), "five distinct colours: " + colours);
        assertTrue(inView(driver, byId(driver, "rating-submit")), "the submit button in view");
        Screenshots.save(driver, "rating-pad-1366x900");

        click(driver, "rating-level-DISSATISFIED");
        WebElement comment = byId(driver, "rating-comment").findElement(By.cssSelector("textarea"));
        comment.sendKeys(COMMENT);
        click(driver, "rating-submit");
        WebElement thanks = visible(driver, "rating-thanks");
        Matcher tracking = TRACKING.matcher(thanks.getText());
        assertTrue(tracking.find(), thanks.getText());
        Screenshots.save(driver, "rating-pad-thanks-1366x900");
        String cases = read("/api/v1/complaint/sites/DEMO/complaints");
        int at = cases.indexOf(tracking.group());
        assertTrue(at >= 0, cases);
        String theCase = cases.substring(cases.lastIndexOf('{', at), cases.indexOf('}', at));
        assertTrue(theCase.contains(COMMENT), "the comment typed on the pad is in the case: " + theCase);
    }

    /**
     * P3/P2 on a phone: the complaint form names ticket and window, both stand on the case; the
     * tracking page of an unknown number says so in Chinese (no JSON); the real one, once accepted
     * and answered, shows why the due date moved and the answer.
     */
    @Test
    @Order(2)
    void theComplaintFormAndTrackingPageSpeakChineseOnAPhone_P2_P3() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(hall.baseUrl() + "/api/v1/complaint/public/track/TS-20261130-ZZZZZZ?lang=zh-CN");
        WebElement error = visible(driver, "track-error");
        assertEquals("没有查询编号为 TS-20261130-ZZZZZZ 的投诉。请核对登记回执或短信上的编号。", error.getText());
        assertFalse(driver.getPageSource().contains("\"detail\""), "a page, not JSON");
        assertTrue(inView(driver, error));
        Screenshots.save(driver, "complaint-track-unknown-390x844");

        driver.get(hall.baseUrl() + "/api/v1/complaint/public/DEMO/complain");
        byId(driver, "text").sendKeys("窗口人员态度冷淡，没有一次性告知所需材料");
        byId(driver, "ticket").sendKeys(servedTicket);
        byId(driver, "window").sendKeys("1");
        click(driver, "submit");
        String tracking = waitUpTo(driver, 15).until(d -> {
            List<WebElement> t = d.findElements(By.id("tracking"));
            return t.isEmpty() || t.get(0).getText().isBlank() ? null : t.get(0).getText();
        });
        Screenshots.save(driver, "complaint-form-390x844");
        String cases = read("/api/v1/complaint/sites/DEMO/complaints");
        int at = cases.indexOf(tracking);
        String theCase = cases.substring(cases.lastIndexOf('{', at), cases.indexOf('}', at));
        assertTrue(theCase.contains("\"ticketNumber\":\"" + servedTicket + "\"") && theCase.contains("\"windowNumber\":1"), theCase);
        Matcher id = TICKET_ID.matcher(theCase);
        assertTrue(id.find(), theCase);

        ok("POST", "/api/v1/complaint/complaints/" + id.group(1) + "/assign", "{\"owner\":\"D002\"}");
        ok("POST", "/api/v1/complaint/complaints/" + id.group(1) + "/investigate", null);
        driver.get(hall.baseUrl() + "/api/v1/complaint/public/track/" + tracking + "?lang=zh-CN");
        assertEquals("调查核实中", visible(driver, "track-status").getText());
        assertTrue(visible(driver, "track-moved").getText().contains("您的投诉已受理"), byId(driver, "track-moved").getText());
        ok("POST", "/api/v1/complaint/complaints/" + id.group(1) + "/resolve",
                "{\"finding\":\"经核实属实\",\"action\":\"批评教育\",\"confirmed\":true,\"staffAtFault\":true,\"staffNumber\":\"D001\"}");
        ok("POST", "/api/v1/complaint/complaints/" + id.group(1) + "/feedback", "{\"text\":\"已对窗口人员批评教育，并将材料清单张贴在窗口\"}");
        driver.get(hall.baseUrl() + "/api/v1/complaint/public/track/" + tracking + "?lang=zh-CN");
        assertEquals("已反馈", visible(driver, "track-status").getText());
        assertEquals("已对窗口人员批评教育，并将材料清单张贴在窗口", visible(driver, "track-answer").getText());
        Screenshots.save(driver, "complaint-track-390x844");
    }

    /** Q9 on a phone: booking asks for the phone, confirms with code, service, day, time and the masked phone, and cancels by its link. */
    @Test
    @Order(3)
    void bookingAsksForThePhoneConfirmsAndCancelsByItsLink_Q9() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(hall.baseUrl() + "/api/v1/queue/follow/DEMO/book");
        PublicScreens.clickFirst(driver, By.cssSelector("#slots button.slot"), WebElement::isEnabled, 20);
        WebElement refused = waitUpTo(driver, 10).until(d -> {
            WebElement r = d.findElement(By.id("result"));
            return r.getText().isBlank() ? null : r;
        });
        assertTrue(refused.getAttribute("class").contains("error") && refused.getText().toLowerCase().contains("phone"),
                "no booking without a phone: " + refused.getText());
        byId(driver, "phone").sendKeys("138 1234 5678");
        PublicScreens.clickFirst(driver, By.cssSelector("#slots button.slot"), WebElement::isEnabled, 20);
        WebElement confirmation = visible(driver, "confirmation");
        assertEquals("138****5678", byId(driver, "booked-phone").getText());
        assertTrue(byId(driver, "code").getText().matches("[A-Z2-9]{8}"), byId(driver, "code").getText());
        assertTrue(byId(driver, "booked-date").getText().startsWith("2026年11月30日"), byId(driver, "booked-date").getText());
        assertTrue(byId(driver, "booked-time").getText().matches("\\d\\d:\\d\\d"), byId(driver, "booked-time").getText());
        assertFalse(byId(driver, "booked-service").getText().isBlank());
        String cancel = byId(driver, "cancel-link").getAttribute("href");
        assertTrue(cancel.contains("/cancel?t=") && !cancel.contains(byId(driver, "code").getText()), cancel);
        js(driver, "arguments[0].scrollIntoView({block: 'center'});", confirmation);
        Screenshots.save(driver, "booking-390x844");
        String code = byId(driver, "code").getText();
        String read = read("/api/v1/queue/sites/DEMO/bookings/" + code);
        assertTrue(read.contains("\"phone\":\"138****5678\"") && !read.contains("13812345678"), read);

        driver.get(cancel);
        assertEquals(code, visible(driver, "cancel-code").getText());
        assertTrue(driver.getPageSource().contains("138****5678"));
        click(driver, "cancel");
        waitUpTo(driver, 10).until(d -> d.findElement(By.id("cancel-status")).getText().contains("已取消"));
        Screenshots.save(driver, "booking-cancelled-390x844");
        assertTrue(read("/api/v1/queue/sites/DEMO/bookings/" + code).contains("\"status\":\"CANCELLED\""));
    }
}
