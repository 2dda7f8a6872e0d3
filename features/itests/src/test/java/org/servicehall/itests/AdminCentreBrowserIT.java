package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrative service centre (AC1, AC3) in headless Chromium against the real distribution
 * with the admin-center plugin, at the demo hall's one-window counter (window 6, 赵磊 D006):
 * <ul>
 * <li>AC1 一窗受理: a case accepted at the comprehensive window, routed to the market regulation
 * unit, decided in that unit's inbox, returned and handed out at the pick-up window (统一出件),
 * the citizen's progress page on a phone (390x844) following each step — where the case is, which
 * unit holds it, every hand-over;</li>
 * <li>AC3: a pre-application sent online on the phone with a file, answered online with a
 * one-time notice of all that is missing, then completed in one visit;</li>
 * <li>bad input: an item the centre does not offer, an unknown unit, a forged file type and a
 * file over the limit are refused naming what is wrong, and nothing is stored.</li>
 * </ul>
 * Screens in Chinese at 1366x900 (the counter) and 390x844 (the citizen's phone).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminCentreBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Browser-Test-Pass-7";
    private static final Pattern CASE_NUMBER = Pattern.compile("DEMO-\\d{8}-\\d{4}");
    private static final String PHONE = "13812345678";
    private static boolean signedIn;

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    /** Signs in once, in Chinese, with 赵磊 (D006) clocked in at window 6, the demo hall's one-window counter. */
    private static void atTheCounter() throws Exception {
        if (signedIn) {
            return;
        }
        waitUpTo(90).until(d -> hall.get("/api/v1/queue/sites/DEMO/services").matches("(?s).*\"AC-SOCIAL-CARD\"[^}]*\"takingTickets\":true.*"));
        signIn("/desk", "admin", PASSWORD, "desk-window");
        chooseLanguage("中文", "desk-window");
        HttpResponse<String> in = call("POST", "/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D006\",\"window\":6}");
        assertEquals(200, in.statusCode(), in.body());
        signedIn = true;
    }

    /** The visit of the ticket {@code number} at window 6 ends: started and finished, so the window calls the next one. */
    private static void visitEnds(String number) throws Exception {
        String position = hall.get("/api/v1/queue/sites/DEMO/tickets/" + number);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(position);
        assertTrue(id.find(), number);
        if (position.contains("\"status\":\"CALLED\"")) {
            HttpResponse<String> started = call("POST", "/api/v1/queue/tickets/" + id.group(1) + "/start", null);
            assertEquals(200, started.statusCode(), started.body());
        }
        HttpResponse<String> finished = call("POST", "/api/v1/queue/tickets/" + id.group(1) + "/finish", null);
        assertEquals(200, finished.statusCode(), finished.body());
    }

    /** A ticket of {@code service} issued and called at window 6 (whatever an earlier test left there finished first): its number. */
    private static String calledAtWindowSix(String service) throws Exception {
        Matcher left = Pattern.compile("\"number\":\"([A-Z0-9-]+)\"").matcher(hall.get("/api/v1/queue/windows/" + PublicScreens.windowId(hall, 6)
                + "/current"));
        while (left.find()) {
            visitEnds(left.group(1));
        }
        String number = PublicScreens.issue(hall, service);
        HttpResponse<String> called = call("POST", "/api/v1/queue/windows/" + PublicScreens.windowId(hall, 6) + "/call", null);
        assertEquals(200, called.statusCode(), called.body());
        assertTrue(called.body().contains(number), "window 6 calls the ticket just issued: " + called.body());
        return number;
    }

    /** Picks the option with this label in the Vaadin select {@code id}. */
    private static void choose(String id, String label) {
        PublicScreens.js(driver, "arguments[0].scrollIntoView({block: 'center'});", byId(id));
        click(id);
        // the options of the open overlay, not the copy of the chosen one the select shows as its value
        PublicScreens.clickFirst(driver, By.cssSelector("vaadin-select-item[role=option]"), i -> i.isDisplayed() && i.getText().contains(label), 10);
        waitUpTo(10).until(d -> byId(id).getText().contains(label) || String.valueOf(PublicScreens.js(driver,
                "return arguments[0].querySelector('vaadin-select-value-button') ? arguments[0].querySelector('vaadin-select-value-button').innerText : ''",
                byId(id))).contains(label));
    }

    /** Selects the row of case {@code number} in the grid {@code gridId}. */
    private static void pickRow(String gridId, String number) {
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(number)));
        PublicScreens.clickFirst(driver, By.cssSelector("#" + gridId + " vaadin-grid-cell-content"), c -> c.getText().equals(number), 10);
    }

    /** The notifications shown, waited for until one names {@code text}. */
    private static String notified(String text) {
        return waitUpTo(15).until(d -> {
            String n = notifications();
            return n.contains(text) ? n : null;
        });
    }

    /** The citizen's progress page on the phone, in Chinese: its text, the place it names in data-place, saved as a screenshot. */
    private static String progressOnThePhone(String number, String expectedPlace, String screenshot) {
        PublicScreens.viewport(driver, 390, 844);
        try {
            driver.get(hall.baseUrl() + "/api/v1/admin-center/public/progress/page?lang=zh-CN&number=" + number + "&digits=" + PHONE.substring(7));
            WebElement progress = byId("progress");
            assertEquals(expectedPlace, progress.getAttribute("data-place"), progress.getText());
            WebElement where = byId("where");
            if ("HANDED_OUT".equals(expectedPlace)) {
                assertEquals("ended", where.getAttribute("class"), "a case handed out is no longer lit green, yellow or red for the citizen");
            }
            assertTrue(PublicScreens.inView(driver, where), "where the case is shows without scrolling on the phone");
            assertTrue(PublicScreens.fontSize(driver, where) >= 16, "readable on a phone");
            Screenshots.save(driver, screenshot);
            String text = driver.findElement(By.tagName("body")).getText();
            assertFalse(text.contains("张三") || text.contains(PHONE) || text.contains("赵磊"), "no personal data, no staff names: " + text);
            return text;
        } finally {
            PublicScreens.viewport(driver, BrowserHall.DESK_SCREEN.width, BrowserHall.DESK_SCREEN.height);
        }
    }

    private static String caseJson(String number) throws Exception {
        HttpResponse<String> r = call("GET", "/api/v1/casework/case-numbers/" + number, null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static long caseCount() throws Exception {
        HttpResponse<String> r = call("GET", "/api/v1/casework/sites/DEMO/cases?size=200", null);
        assertEquals(200, r.statusCode(), r.body());
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(r.body());
        assertTrue(total.find(), r.body());
        return Long.parseLong(total.group(1));
    }

    /** The comprehensive window: window 6 picked, the called ticket taken, the item and the applicant typed; accepted; the case's number. */
    private static String acceptAtTheWorkbench(String ticket, String itemName, boolean routeNow) {
        driver.get(hall.baseUrl() + "/admin-center/workbench");
        byId("admin-center-workbench");
        choose("ac-window", "6 · ");
        waitUpTo(15).until(d -> byId("ac-ticket").findElement(By.cssSelector("input")).getAttribute("value").startsWith(ticket));
        choose("ac-item", itemName);
        type("ac-name", "张三");
        type("ac-id", "11010519491231002X");
        type("ac-phone", PHONE);
        boolean checked = byId("ac-route-now").getAttribute("checked") != null;
        if (checked != routeNow) {
            click("ac-route-now");
        }
        click("ac-accept");
        Matcher m = CASE_NUMBER.matcher(notified("已受理"));
        assertTrue(m.find());
        return m.group();
    }

    /** In the unit's inbox: the case is reviewed, decided and returned to the pick-up window. */
    private static void decideInTheInbox(String unitName, String number, String decision, String screenshot) {
        driver.get(hall.baseUrl() + "/admin-center/inbox");
        byId("admin-center-inbox");
        choose("ac-inbox-unit", unitName);
        pickRow("ac-inbox", number);
        click("ac-start-review");
        notified(number + "：审核中");
        pickRow("ac-inbox", number);
        type("ac-inbox-text", decision);
        click("ac-decide");
        notified(number + "：已决定");
        Screenshots.save(driver, screenshot);
        pickRow("ac-inbox", number);
        type("ac-inbox-text", "");
        click("ac-return");
        waitUpTo(15).until(d -> d.findElements(By.cssSelector("#ac-inbox vaadin-grid-cell-content")).stream().noneMatch(c -> c.getText().equals(number)));
    }

    /** At the pick-up window: the decided case handed out (统一出件). */
    private static void handOut(String number) {
        driver.get(hall.baseUrl() + "/admin-center/workbench");
        byId("admin-center-workbench");
        pickRow("ac-front", number);
        click("ac-hand-out");
        // S4: the applicant's ID card checked against the case before the result is handed out
        checkIdentityAtTheDesk("11010519491231002X", null, d -> notifications().contains(number + "：已办结"));
        notified(number + "：已办结");
    }

    @Test
    @Order(1)
    void aCaseAcceptedAtTheComprehensiveWindowIsRoutedDecidedInTheUnitAndHandedOut_AC1() throws Exception {
        atTheCounter();
        String ticket = calledAtWindowSix("AC-ENT-SETUP");
        String number = acceptAtTheWorkbench(ticket, "企业设立登记", false);
        visitEnds(ticket); // the applicant leaves the window; the case goes on in the back office
        String accepted = progressOnThePhone(number, "ACCEPTED_AT_WINDOW", "admin-centre-progress-accepted-390x844");
        assertTrue(accepted.contains("综合受理窗口已受理") && accepted.contains("企业设立登记"), accepted);

        // routed to the market regulation unit from the comprehensive window
        driver.get(hall.baseUrl() + "/admin-center/workbench");
        byId("admin-center-workbench");
        pickRow("ac-front", number);
        choose("ac-unit", "市场监督管理局");
        click("ac-route");
        notified(number + "：已受理");
        waitUpTo(15).until(d -> d.findElements(By.cssSelector("#ac-front vaadin-grid-cell-content")).stream().noneMatch(c -> c.getText().equals(number)));
        Screenshots.save(driver, "admin-centre-workbench-routed-1366x900");
        String inUnit = progressOnThePhone(number, "IN_UNIT", "admin-centre-progress-in-unit-390x844");
        assertTrue(inUnit.contains("市场监督管理局正在审核"), inUnit);
        assertTrue(inUnit.contains("综合受理/统一出件窗口 → 市场监督管理局"), "the hand-over listed: " + inUnit);

        // decided in the unit's own inbox, returned to the pick-up window
        decideInTheInbox("市场监督管理局", number, "准予设立登记，核发营业执照。", "admin-centre-inbox-decided-1366x900");
        String ready = progressOnThePhone(number, "READY_AT_PICK_UP", "admin-centre-progress-ready-390x844");
        assertTrue(ready.contains("请到统一出件窗口领取结果") && ready.contains("市场监督管理局 → 综合受理/统一出件窗口"), ready);

        // handed out at the pick-up window: completed
        handOut(number);
        Screenshots.save(driver, "admin-centre-workbench-handed-out-1366x900");
        String done = progressOnThePhone(number, "HANDED_OUT", "admin-centre-progress-handed-out-390x844");
        assertTrue(done.contains("结果已发放") && done.contains("已办结"), done);
        Matcher steps = Pattern.compile("→").matcher(done);
        assertEquals(2, steps.results().count(), "two hand-overs: to the unit and back: " + done);
        String json = caseJson(number);
        assertTrue(json.contains("\"stage\":\"COMPLETED\"") && json.contains("\"serviceCode\":\"AC-ENT-SETUP\""), json);
    }

    @Test
    @Order(2)
    void aPreApplicationAnsweredOnlineWithANoticeIsCompletedInOneVisit_AC3() throws Exception {
        atTheCounter();
        // the citizen on the phone: the guide, the form, a file attached
        PublicScreens.viewport(driver, 390, 844);
        String token;
        try {
            driver.get(hall.baseUrl() + "/api/v1/admin-center/public/sites/DEMO/guides/page?item=AC-SOCIAL-CARD&lang=zh-CN");
            assertTrue(byId("guide").getText().contains("居民身份证"), "the guide lists the materials");
            driver.findElement(By.id("preapply")).click();
            byId("preapp");
            assertEquals("AC-SOCIAL-CARD", driver.findElement(By.id("serviceCode")).getAttribute("value"));
            driver.findElement(By.id("applicantName")).sendKeys("张三");
            driver.findElement(By.id("applicantPhone")).sendKeys(PHONE);
            driver.findElement(By.id("note")).sendKeys("身份证遗失后补办社保卡");
            Screenshots.save(driver, "admin-centre-preapply-form-390x844");
            driver.findElement(By.id("send")).click();
            waitUpTo(15).until(d -> d.getCurrentUrl().contains("pre-applications/page?t="));
            Matcher t = Pattern.compile("t=([0-9a-f]+)").matcher(driver.getCurrentUrl());
            assertTrue(t.find(), driver.getCurrentUrl());
            token = t.group(1);
            assertEquals("SUBMITTED", byId("status").getAttribute("data-status"));
            Path scan = work.resolve("身份证.pdf");
            Files.write(scan, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            new Select(driver.findElement(By.id("material"))).selectByVisibleText("居民身份证");
            driver.findElement(By.id("file")).sendKeys(scan.toString());
            driver.findElement(By.cssSelector("#attach button")).click();
            waitUpTo(15).until(d -> byId("files").getText().contains("居民身份证 · 身份证.pdf"));
            Screenshots.save(driver, "admin-centre-preapp-attached-390x844");
        } finally {
            PublicScreens.viewport(driver, BrowserHall.DESK_SCREEN.width, BrowserHall.DESK_SCREEN.height);
        }

        // bad input: a forged type and a file over the limit are refused naming the file; nothing stored
        String files = "/api/v1/admin-center/public/pre-applications/" + token + "/files?material=PHOTO&name=";
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + files + "photo.jpg"))
                .header("Content-Type", "image/jpeg").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("MZ this is a program, not a photo")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("photo.jpg"), forged.body());
        byte[] big = new byte[50 * 1024 * 1024];
        System.arraycopy(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 0, big, 0, 3);
        // streamed without a length (as a browser may send it): refused once more than the limit has come, the whole size named
        HttpResponse<String> tooLarge = HTTP.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + files + "big.jpg"))
                .header("Content-Type", "image/jpeg").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("big.jpg") && tooLarge.body().contains("50.0 MB"), tooLarge.body());
        driver.get(hall.baseUrl() + "/api/v1/admin-center/public/pre-applications/page?t=" + token + "&lang=zh-CN");
        assertEquals(1, driver.findElements(By.cssSelector("#files li")).size(), "only the PDF is stored: " + byId("files").getText());

        // the staff's pre-check: the ID is there, the photo and the form are missing: a one-time notice, online
        driver.get(hall.baseUrl() + "/admin-center/pre-applications");
        byId("admin-center-preapps");
        PublicScreens.clickFirst(driver, By.cssSelector("#ac-preapps vaadin-grid-cell-content"), c -> c.getText().equals("张三"), 20);
        waitUpTo(15).until(d -> byId("ac-preapp-files").getText().contains("身份证.pdf"));
        type("ac-preapp-note", "请带齐原件到综合受理窗口一次办结");
        Screenshots.save(driver, "admin-centre-preapp-review-1366x900");
        click("ac-preapp-notice");
        notified("一次性告知");

        PublicScreens.viewport(driver, 390, 844);
        try {
            driver.get(hall.baseUrl() + "/api/v1/admin-center/public/pre-applications/page?t=" + token + "&lang=zh-CN");
            assertEquals("NOTICE", byId("status").getAttribute("data-status"));
            String answer = byId("answer").getText();
            assertTrue(answer.contains("一次性告知") && answer.contains("近期免冠彩色照片") && answer.contains("《社会保障卡补换申请表》")
                    && !answer.contains("居民身份证") && answer.contains("一次办结"), answer);
            assertTrue(PublicScreens.inView(driver, byId("answer")), "the answer is in view on the phone");
            Screenshots.save(driver, "admin-centre-preapp-notice-390x844");
        } finally {
            PublicScreens.viewport(driver, BrowserHall.DESK_SCREEN.width, BrowserHall.DESK_SCREEN.height);
        }

        // one visit with everything: accepted (routed to its unit at once), decided, handed out the same day
        String ticket = calledAtWindowSix("AC-SOCIAL-CARD");
        String number = acceptAtTheWorkbench(ticket, "社会保障卡补换", true);
        decideInTheInbox("人力资源和社会保障局", number, "准予补换，社会保障卡已制卡。", "admin-centre-inbox-social-card-1366x900");
        handOut(number);
        visitEnds(ticket);
        String json = caseJson(number);
        assertTrue(json.contains("\"stage\":\"COMPLETED\"") && json.contains("\"visits\":1"), "completed in one visit: " + json);
        String done = progressOnThePhone(number, "HANDED_OUT", "admin-centre-progress-social-card-390x844");
        assertTrue(done.contains("人力资源和社会保障局"), done);
    }

    @Test
    @Order(3)
    void anItemTheCentreDoesNotOfferAndAnUnknownUnitAreRefusedAndNothingStored_AC1() throws Exception {
        atTheCounter();
        String ticket = calledAtWindowSix("AC-PENSION-CERT");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(hall.get("/api/v1/queue/sites/DEMO/tickets/" + ticket));
        assertTrue(id.find());
        long before = caseCount();
        HttpResponse<String> notOffered = call("POST", "/api/v1/admin-center/cases", "{\"ticketId\":" + id.group(1)
                + ",\"serviceCode\":\"TX-REG-CHANGE\",\"applicantKind\":\"PERSON\",\"applicantName\":\"张三\",\"applicantId\":\"11010519491231002X\",\"applicantPhone\":\""
                + PHONE + "\"}");
        assertEquals(400, notOffered.statusCode(), notOffered.body());
        assertTrue(notOffered.body().contains("TX-REG-CHANGE") && notOffered.body().contains("AC-SOCIAL-CARD") && !notOffered.body().contains("applicantId"),
                "names the item and the centre's items: " + notOffered.body());
        assertEquals(before, caseCount(), "nothing stored");

        HttpResponse<String> accepted = call("POST", "/api/v1/admin-center/cases", "{\"ticketId\":" + id.group(1)
                + ",\"serviceCode\":\"AC-PENSION-CERT\",\"applicantKind\":\"PERSON\",\"applicantName\":\"张三\",\"applicantPhone\":\"" + PHONE
                + "\",\"applicantId\":\"11010519491231002X\",\"routeToResponsibleUnit\":false}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        Matcher caseId = Pattern.compile("^\\{\"id\":(\\d+)").matcher(accepted.body());
        assertTrue(caseId.find(), accepted.body());
        HttpResponse<String> unknown = call("POST", "/api/v1/admin-center/cases/" + caseId.group(1) + "/route", "{\"unit\":\"TAX\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("TAX") && unknown.body().contains("MARKET"), "names the unit and the centre's units: " + unknown.body());
        HttpResponse<String> handOvers = call("GET", "/api/v1/casework/cases/" + caseId.group(1) + "/handovers", null);
        assertEquals("[]", handOvers.body().strip(), "no hand-over stored");
        visitEnds(ticket);
    }
}
