package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The one-time notice at the counter (T4, C5), in headless Chromium against the real distribution:
 * a case accepted from the called ticket, the site's checklist for its item, a tick with one
 * material missing, the notice issued (a second for the visit refused), its print page (as the
 * screen shows it, and as the printer gets it: no console frame, no buttons) and its PDF.
 */
class NoticeBrowserIT extends HallBrowserTest {
    @BeforeAll
    static void start() {
        startHall("Browser-Test-Pass-7", BrowserHall.DESK_SCREEN);
    }

    /** 李明 clocks in at window 1, a TX-INVOICE ticket is taken at the kiosk and called, and the case accepted from it. */
    private static String acceptedCase() {
        signInAtTheDesk();
        return acceptCaseFor(calledTicket());
    }

    @Test
    void theNoticeListsTheMissingMaterialPrintsWithoutTheConsoleAndIsKeptAsPdf_T4_C5() throws Exception {
        String caseNumber = acceptedCase();
        Matcher caseId = Pattern.compile("\"id\":(\\d+)").matcher(call("GET", "/api/v1/casework/case-numbers/" + caseNumber, null).body());
        assertTrue(caseId.find(), "the case's id");
        String base = "/api/v1/casework/notices/sites/DEMO/checklists/TX-INVOICE/";
        assertEquals(200, call("PUT", base + "ID-CARD", "{\"name\":\"居民身份证\",\"original\":true,\"copies\":1,\"order\":10}").statusCode());
        assertEquals(200, call("PUT", base + "INVOICE-BOOK", "{\"name\":\"发票领用簿\",\"form\":\"加盖发票专用章的原件\","
                + "\"legalBasis\":\"《中华人民共和国发票管理办法》第十五条\",\"where\":\"三号窗口\",\"order\":20}").statusCode());
        // the tax hall ships its own TX-INVOICE checklist (BOOK, AGENT-ID; TX1): brought, so the site's INVOICE-BOOK is what is missing
        HttpResponse<String> tick = call("POST", "/api/v1/casework/notices/cases/" + caseId.group(1) + "/materials",
                "{\"visit\":1,\"brought\":[\"ID-CARD\",\"BOOK\",\"AGENT-ID\"]}");
        assertTrue(tick.body().contains("\"missing\":[\"INVOICE-BOOK\"]"), tick.body());
        HttpResponse<String> issued = call("POST", "/api/v1/casework/notices/cases/" + caseId.group(1), "{\"visit\":1,\"windowNumber\":1}");
        assertEquals(201, issued.statusCode(), issued.body());
        Matcher noticeId = Pattern.compile("^\\{\"id\":(\\d+)").matcher(issued.body());
        assertTrue(noticeId.find(), issued.body());
        HttpResponse<String> second = call("POST", "/api/v1/casework/notices/cases/" + caseId.group(1), "{\"visit\":1,\"windowNumber\":1}");
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.body().contains("一次性告知"), second.body());
        HttpResponse<String> pdf = call("GET", "/api/v1/casework/notices/" + noticeId.group(1) + "/pdf", null);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"));

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
