package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicehall.testing.Distribution;

/**
 * The one-time notice at the counter (T4, C5), in headless Chromium against the real distribution:
 * a case accepted from the called ticket, the site's checklist for its item, a tick with one
 * material missing, the notice issued (a second for the visit refused), its print page (as the
 * screen shows it, and as the printer gets it: no console frame, no buttons) and its PDF.
 */
class NoticeBrowserIT {
    private static final String PASSWORD = "Browser-Test-Pass-7";
    @TempDir
    static Path work;
    private static Distribution hall;
    private static BrowserHall session;
    private static WebDriver driver;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    /** A REST call as the administrator: the status and the body. */
    private static HttpResponse<byte[]> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** 李明 clocks in at window 1, a TX-INVOICE ticket is taken at the kiosk and called, and the case accepted from it. */
    private static String acceptedCase() {
        driver.get(hall.baseUrl() + "/desk");
        waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
        WebElement form = byId("vaadinLoginFormWrapper");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        byId("desk-window");
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
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(hall.get("/api/v1/queue/sites/DEMO/tickets/" + number));
        assertTrue(id.find(), "the ticket's id");
        driver.get(hall.baseUrl() + "/casework/accept?ticket=" + id.group(1));
        waitUpTo(15).until(d -> byId("case-ticket").findElement(By.cssSelector("input")).getAttribute("value").startsWith(number));
        type("case-name", "张三");
        type("case-id-number", "11010519491231002X");
        type("case-phone", "13812345678");
        click("case-accept-submit");
        return waitUpTo(15).until(d -> {
            Matcher m = Pattern.compile("DEMO-\\d{8}-\\d{4}").matcher(byId("case-accept-result").getText());
            return m.find() ? m.group() : null;
        });
    }

    @Test
    void theNoticeListsTheMissingMaterialPrintsWithoutTheConsoleAndIsKeptAsPdf_T4_C5() throws Exception {
        String caseNumber = acceptedCase();
        Matcher caseId = Pattern.compile("\"id\":(\\d+)").matcher(text(call("GET", "/api/v1/casework/case-numbers/" + caseNumber, null)));
        assertTrue(caseId.find(), "the case's id");
        String base = "/api/v1/casework/notices/sites/DEMO/checklists/TX-INVOICE/";
        assertEquals(200, call("PUT", base + "ID-CARD", "{\"name\":\"居民身份证\",\"original\":true,\"copies\":1,\"order\":10}").statusCode());
        assertEquals(200, call("PUT", base + "INVOICE-BOOK", "{\"name\":\"发票领用簿\",\"form\":\"加盖发票专用章的原件\","
                + "\"legalBasis\":\"《中华人民共和国发票管理办法》第十五条\",\"where\":\"三号窗口\",\"order\":20}").statusCode());
        // the tax hall ships its own TX-INVOICE checklist (BOOK, AGENT-ID; TX1): brought, so the site's INVOICE-BOOK is what is missing
        HttpResponse<byte[]> tick = call("POST", "/api/v1/casework/notices/cases/" + caseId.group(1) + "/materials",
                "{\"visit\":1,\"brought\":[\"ID-CARD\",\"BOOK\",\"AGENT-ID\"]}");
        assertTrue(text(tick).contains("\"missing\":[\"INVOICE-BOOK\"]"), text(tick));
        HttpResponse<byte[]> issued = call("POST", "/api/v1/casework/notices/cases/" + caseId.group(1), "{\"visit\":1,\"windowNumber\":1}");
        assertEquals(201, issued.statusCode(), text(issued));
        Matcher noticeId = Pattern.compile("^\\{\"id\":(\\d+)").matcher(text(issued));
        assertTrue(noticeId.find(), text(issued));
        HttpResponse<byte[]> second = call("POST", "/api/v1/casework/notices/cases/" + caseId.group(1), "{\"visit\":1,\"windowNumber\":1}");
        assertEquals(409, second.statusCode(), text(second));
        assertTrue(text(second).contains("一次性告知"), text(second));
        HttpResponse<byte[]> pdf = call("GET", "/api/v1/casework/notices/" + noticeId.group(1) + "/pdf", null);
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));

        driver.get(hall.baseUrl() + "/casework/notice?id=" + noticeId.group(1));
        waitUpTo(15).until(d -> byId("notice-sheet").getText().contains("发票领用簿"));
        String sheet = byId("notice-sheet").getText();
        assertTrue(sheet.contains(caseNumber) && sheet.contains("《中华人民共和国发票管理办法》第十五条") && sheet.contains("三号窗口")
                && sheet.contains("一次性告知书"), sheet);
        assertTrue(byId("notice-qr").getAttribute("src").startsWith("data:image/svg+xml"));
        Screenshots.save(driver, "casework-notice");
        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals("none", js.executeScript("return getComputedStyle(document.querySelector('.notice-no-print')).display"),
                "the buttons stay off the paper");
        assertEquals("hidden", js.executeScript("return getComputedStyle(document.querySelector('vaadin-app-layout')"
                + " || document.body.firstElementChild).visibility"), "the console frame stays off the paper");
        Screenshots.save(driver, "casework-notice-print");
        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
}
