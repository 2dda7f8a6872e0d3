package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.itests.PublicScreens.byId;
import static org.servicehall.itests.PublicScreens.click;
import static org.servicehall.itests.PublicScreens.fontSize;
import static org.servicehall.itests.PublicScreens.inView;
import static org.servicehall.itests.PublicScreens.js;
import static org.servicehall.itests.PublicScreens.send;
import static org.servicehall.itests.PublicScreens.visible;
import static org.servicehall.itests.PublicScreens.waitUpTo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;

/**
 * Q1 at the kiosk, as a citizen meets it on the hall's 1366x900 touch screen (issue 12), in headless
 * Chromium against the real distribution: the ticket full screen and gone for the next citizen,
 * the 80 mm slip printed alone, a closed hall, a service no window serves, the green channel and
 * large text, and the ticket's status page on a 390x844 phone. Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskBrowserIT {
    @TempDir
    static Path work;
    private static Distribution hall;
    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        hall = PublicScreens.hallAt(work.resolve("hall"), "09:30");
        browser = new Browser();
        driver = browser.driver();
        PublicScreens.viewport(driver, 1366, 900);
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

    private static String kiosk() {
        return hall.baseUrl() + "/kiosk?site=DEMO";
    }

    private static String takeTicket(String service) {
        click(driver, "kiosk-service-" + service);
        return waitUpTo(driver, 15).until(d -> {
            List<WebElement> n = d.findElements(By.id("kiosk-ticket-number"));
            return n.isEmpty() || !n.get(0).isDisplayed() || n.get(0).getText().isBlank() ? null : n.get(0).getText();
        });
    }

    /**
     * Q1: a tap shows the ticket over the whole screen (number in type of 96 px and more, service,
     * people ahead, estimate, QR code with the status page's full address); its slip prints alone on
     * one 80 mm page with the number and that address; the kiosk returns to the start by itself and
     * leaves nothing of the ticket for the next citizen; a tap on 完成 returns at once.
     */
    @Test
    @Order(1)
    void aTappedServiceShowsTheTicketFullScreenPrintsOneSlipAndReturnsToTheStart_Q1() throws Exception {
        driver.get(kiosk());
        WebElement services = visible(driver, "kiosk-services");
        assertEquals("请选择办理业务", byId(driver, "kiosk-choose").getText());
        Screenshots.save(driver, "kiosk-start-1366x900");
        assertTrue(inView(driver, byId(driver, "kiosk-service-TX-INVOICE")), "the services are in view without scrolling");
        assertTrue(inView(driver, services), "every service of the hall is in view without scrolling: "
                + js(driver, "return document.getElementById('kiosk-services').getBoundingClientRect().bottom + ' of ' + innerHeight;"));
        assertTrue(services.getText().contains("无需等候") || services.getText().contains("人等候"), services.getText());

        String number = takeTicket("TX-INVOICE");
        assertTrue(number.startsWith("TI"), number);
        List<?> box = (List<?>) js(driver, "const r = document.getElementById('kiosk-confirmation').getBoundingClientRect();"
                + " return [r.top, r.left, r.bottom, r.right, innerHeight, innerWidth];");
        assertTrue(((Number) box.get(0)).doubleValue() <= 0 && ((Number) box.get(1)).doubleValue() <= 0
                && ((Number) box.get(2)).doubleValue() >= ((Number) box.get(4)).doubleValue()
                && ((Number) box.get(3)).doubleValue() >= ((Number) box.get(5)).doubleValue(), "the ticket covers the screen: " + box);
        WebElement shown = byId(driver, "kiosk-ticket-number");
        assertTrue(inView(driver, shown), "the number is in view");
        assertTrue(fontSize(driver, shown) >= 96, "the number in large type: " + fontSize(driver, shown));
        assertTrue(inView(driver, byId(driver, "kiosk-qr")) && inView(driver, byId(driver, "kiosk-print")), "QR code and print button in view");
        assertTrue(byId(driver, "kiosk-ticket-ahead").getText().matches("您前面还有 \\d+ 人|您是下一位，请留意叫号"),
                byId(driver, "kiosk-ticket-ahead").getText());
        String address = byId(driver, "kiosk-follow").getAttribute("href");
        assertEquals(hall.baseUrl() + "/api/v1/queue/follow/DEMO/" + number, address, "the full address a phone opens");
        Screenshots.save(driver, "kiosk-ticket-1366x900");

        // the kiosk returns to the start by itself (10 s by default) and the next citizen sees nothing of this ticket
        waitUpTo(driver, 25).until(d -> d.findElements(By.id("kiosk-ticket-number")).isEmpty());
        assertFalse(byId(driver, "kiosk-confirmation").isDisplayed());
        assertEquals("", js(driver, "return document.getElementById('kiosk-slip').textContent;"));
        assertFalse(driver.findElement(By.tagName("body")).getText().contains(number), "the last ticket is gone");
        visible(driver, "kiosk-services");
        Screenshots.save(driver, "kiosk-back-to-start-1366x900");

        // or at once, on 完成
        takeTicket("TX-INVOICE");
        click(driver, "kiosk-done");
        waitUpTo(driver, 5).until(d -> d.findElements(By.id("kiosk-ticket-number")).isEmpty());

        // 打印号票 (last: after printing to PDF headless Chromium holds the page's timers; the next test reloads)
        number = takeTicket("TX-INVOICE");
        address = byId(driver, "kiosk-follow").getAttribute("href");
        // only the slip, on one page of 80 mm paper, with the number and the address
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(20.0, 8.0));
        print.setPageMargin(new PageMargin(0.3, 0.3, 0.3, 0.3));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(print).getContent());
        Files.createDirectories(Screenshots.FOLDER);
        Files.write(Screenshots.FOLDER.resolve("kiosk-slip-80mm.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Screenshots.FOLDER.resolve("kiosk-slip-80mm.png").toFile());
            assertEquals(1, doc.getNumberOfPages(), "one slip, not the kiosk page: " + text);
            assertTrue(text.contains(number), text);
            assertTrue(text.replaceAll("\\s", "").contains(address), "the full address is printed: " + text);
            assertTrue(text.contains("演示服务大厅") && text.contains("取号时间"), text);
            assertFalse(text.contains("请选择办理业务"), "nothing of the kiosk screen is printed: " + text);
        }
    }

    /** Q1, Q2: the green channel (绿色通道) and large text with high contrast are each one tap from the start screen. */
    @Test
    @Order(2)
    void theGreenChannelAndLargeTextAreOneTapFromTheStart_Q1_Q2() {
        driver.get(kiosk());
        click(driver, "kiosk-green");
        visible(driver, "kiosk-priority-ELDERLY");
        click(driver, "kiosk-priority-DISABLED");
        waitUpTo(driver, 10).until(d -> "true".equals(d.findElement(By.id("kiosk-priority-DISABLED")).getAttribute("aria-pressed")));
        Screenshots.save(driver, "kiosk-green-channel-1366x900");
        String number = takeTicket("TX-INVOICE");
        assertEquals("绿色通道：残疾人", byId(driver, "kiosk-ticket-priority").getText());
        assertTrue(hall.get("/api/v1/queue/sites/DEMO/tickets/" + number).contains("\"priority\":\"DISABLED\""));
        click(driver, "kiosk-done");
        waitUpTo(driver, 5).until(d -> d.findElements(By.id("kiosk-priority-ELDERLY")).isEmpty());

        click(driver, "kiosk-large");
        waitUpTo(driver, 10).until(d -> d.findElement(By.id("kiosk")).getAttribute("class").contains("sh-large"));
        WebElement name = driver.findElement(By.cssSelector("#kiosk-service-TX-INVOICE .sh-tile-name"));
        assertTrue(fontSize(driver, name) >= 44, "large text: " + fontSize(driver, name));
        assertEquals("rgb(0, 0, 0)", js(driver, "return getComputedStyle(document.getElementById('kiosk')).backgroundColor;"));
        Screenshots.save(driver, "kiosk-large-text-1366x900");
        click(driver, "kiosk-large");
    }

    /** Q1, Q11: a service that no open window serves is marked and cannot be taken, never "0 people, about 1 minute". */
    @Test
    @Order(3)
    void aServiceNoOpenWindowServesIsMarkedAndCannotBeTaken_Q1_Q11() {
        long pharmacy = PublicScreens.windowId(hall, 3);
        assertEquals(200, send(hall, "PUT", "/api/v1/queue/windows/" + pharmacy + "/open", "{\"open\":false}").statusCode());
        try {
            driver.get(kiosk());
            WebElement tile = byId(driver, "kiosk-service-H-PHARM");
            assertFalse(tile.isEnabled(), "the tile cannot be tapped");
            assertEquals("暂无窗口办理此业务", byId(driver, "kiosk-closed-H-PHARM").getText());
            assertFalse(tile.getText().contains("分钟"), tile.getText());
            Screenshots.save(driver, "kiosk-service-without-window-1366x900");
        } finally {
            send(hall, "PUT", "/api/v1/queue/windows/" + pharmacy + "/open", "{\"open\":true}");
        }
    }

    /** Q1: the status page the QR code opens, on a 390x844 phone: the number readable, nothing wider than the screen. */
    @Test
    @Order(4)
    void theTicketsStatusPageFitsAPhone_Q1() {
        driver.get(kiosk());
        String number = takeTicket("TX-INVOICE");
        String address = byId(driver, "kiosk-follow").getAttribute("href");
        click(driver, "kiosk-done");
        PublicScreens.viewport(driver, 390, 844);
        try {
            driver.get(address);
            waitUpTo(driver, 15).until(d -> "WAITING".equals(d.findElement(By.tagName("body")).getAttribute("data-status")));
            assertTrue(driver.findElement(By.tagName("body")).getText().contains(number));
            Object wide = js(driver, "return document.documentElement.scrollWidth <= window.innerWidth;");
            Screenshots.save(driver, "follow-390x844");
            assertEquals(Boolean.TRUE, wide, "no sideways scrolling on a phone");
        } finally {
            PublicScreens.viewport(driver, 1366, 900);
        }
    }

    /**
     * Q1, Q7, Q8: after closing time the kiosk is one clear screen — 今日已停止取号, the hours, when
     * tickets are issued again — instead of buttons that fail, and the board says so too.
     */
    @Test
    @Order(5)
    void afterClosingTheKioskAndTheBoardSayTheHallIsClosedAndWhenItOpens_Q1_Q7_Q8() throws IOException {
        hall.close();
        hall = PublicScreens.hallAt(work.resolve("evening"), "17:30");
        driver.get(kiosk());
        assertEquals("今日已停止取号", visible(driver, "kiosk-closed-title").getText());
        assertEquals("营业时间 09:00–17:00", byId(driver, "kiosk-hours").getText());
        assertEquals("下次取号时间：12月1日（星期二）08:30", byId(driver, "kiosk-next").getText());
        assertTrue(driver.findElements(By.cssSelector(".sh-tile")).isEmpty(), "no service buttons that would fail");
        assertTrue(fontSize(driver, byId(driver, "kiosk-closed-title")) >= 64);
        Screenshots.save(driver, "kiosk-closed-1366x900");

        PublicScreens.viewport(driver, 1920, 1080);
        try {
            driver.get(hall.baseUrl() + "/board?site=DEMO");
            assertEquals("今日已停止取号", visible(driver, "board-closed-title").getText());
            visible(driver, "board-voice-prompt").click(); // the one-time voice prompt, answered
            waitUpTo(driver, 5).until(d -> !d.findElement(By.id("board-voice-prompt")).isDisplayed());
            Screenshots.save(driver, "board-closed-1920x1080");
        } finally {
            PublicScreens.viewport(driver, 1366, 900);
        }
    }
}
