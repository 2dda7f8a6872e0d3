package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The tax window workbench (TX1-TX3, T4), in headless Chromium against the real distribution with the
 * tax-hall plugin: a tax registration change accepted from the called ticket with one document
 * missing → the one-time notice → the case waits (补正) → the taxpayer returns with a new ticket → the
 * case continues, its 工本费 recorded (TX2) and completed within its 10 working days (TX1); the
 * conduct clauses and policy notes beside it, the screen in Chinese at 1366x900.
 */
class TaxWorkbenchBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Browser-Test-Pass-7";

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    private static void tick(String groupId, List<String> labels) {
        for (String label : labels) {
            PublicScreens.clickFirst(driver, By.cssSelector("#" + groupId + " vaadin-checkbox"), c -> {
                if (!c.getText().contains(label)) {
                    return false;
                }
                PublicScreens.js(driver, "arguments[0].scrollIntoView({block: 'center'});", c);
                return true;
            }, 10);
        }
    }

    /** A TX-REG-CHANGE ticket issued and called at window 1 by 李明 at the desk; its number. */
    private static String calledRegistrationChange() throws Exception {
        assertEquals(201, call("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"TX-REG-CHANGE\"}").statusCode());
        driver.get(hall.baseUrl() + "/desk");
        byId("desk-window");
        click("desk-call");
        return waitUpTo(15).until(d -> {
            String n = byId("desk-current").getText();
            return n.startsWith("TC") ? n : null;
        });
    }

    private static void finishAtTheDesk() {
        driver.get(hall.baseUrl() + "/desk");
        byId("desk-window");
        click("desk-start");
        waitUpTo(15).until(d -> byId("desk-finish").getAttribute("disabled") == null);
        click("desk-finish");
        waitUpTo(15).until(d -> byId("desk-call").getAttribute("disabled") == null);
    }

    /** The workbench with window 1 chosen: the ticket called there is picked. */
    private static void workbenchAtWindowOne(String ticket) {
        driver.get(hall.baseUrl() + "/tax-hall/workbench");
        WebElement input = byId("tax-window").findElement(By.cssSelector("input"));
        input.sendKeys("1");
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUpTo(15).until(d -> byId("tax-ticket").findElement(By.cssSelector("input")).getAttribute("value").startsWith(ticket));
    }

    @Test
    void aRegistrationChangeWithAMissingDocumentIsNoticedReturnedAndCompleted_TX1_TX2_TX3_T4() throws Exception {
        signInAtTheDesk();
        chooseLanguage("中文", "desk");
        waitUpTo(30).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("desk")).getText().contains("叫号"));
        waitUpTo(60).until(d -> hall.get("/api/v1/queue/sites/DEMO/services").matches("(?s).*\"TX-REG-CHANGE\"[^}]*\"takingTickets\":true.*"));
        clockInAtTheDesk("D001", "李明");

        // first visit: accepted, one document missing, the one-time notice, the case waits
        String first = calledRegistrationChange();
        workbenchAtWindowOne(first);
        assertTrue(byId("tax-conduct").getText().contains("纳税人"), "the tax hall's conduct clauses beside the work");
        waitUpTo(10).until(d -> byId("tax-policy").getText().contains("变更事项30日内办理"));
        type("tax-name", "北京某某科技有限公司");
        type("tax-number", "91350100M000100Y43");
        type("tax-phone", "13812345678");
        click("tax-accept");
        waitUpTo(15).until(d -> byId("tax-case").getText().contains("TX-REG-CHANGE") || byId("tax-case").getText().contains("税务登记"));
        Matcher number = Pattern.compile("DEMO-\\d{8}-\\d{4}").matcher(byId("tax-case").getText());
        assertTrue(number.find(), byId("tax-case").getText());
        String caseNumber = number.group();
        tick("tax-brought", List.of("变更税务登记表", "变更后的营业执照副本", "原税务登记证件"));
        click("tax-check");
        waitUpTo(15).until(d -> byId("tax-missing").getText().contains("变更登记内容的有关证明文件"));
        Screenshots.save(driver, "tax-workbench-missing-1366x900");
        click("tax-notice");
        waitUpTo(15).until(d -> !d.findElements(By.id("tax-notice-print")).isEmpty());
        String notice = byId("tax-notice-print").getAttribute("href");
        assertTrue(notice.contains("casework/notice?id="), notice);
        String paused = call("GET", "/api/v1/casework/case-numbers/" + caseNumber, null).body();
        assertTrue(paused.contains("\"paused\":true") && paused.contains("变更登记内容的有关证明文件"), paused);
        finishAtTheDesk();

        // return visit with the document: the case continues, its 工本费, completion within 10 working days
        String second = calledRegistrationChange();
        workbenchAtWindowOne(second);
        type("tax-return-number", caseNumber);
        click("tax-return");
        waitUpTo(15).until(d -> byId("tax-case").getText().contains(caseNumber));
        tick("tax-brought", List.of("变更税务登记表", "变更后的营业执照副本", "变更登记内容的有关证明文件", "原税务登记证件"));
        click("tax-check");
        waitUpTo(15).until(d -> byId("tax-check-result").getText().contains("材料齐全"));
        assertTrue(byId("tax-fee").getText().contains("工本费"), byId("tax-fee").getText());
        click("tax-fee-record");
        waitUpTo(15).until(d -> byId("tax-fee").getText().contains("DEMO-2026-"));
        assertTrue(driver.findElements(By.id("tax-fee-record")).isEmpty(), "the item's one 工本费 is taken: no second one offered");
        Screenshots.save(driver, "tax-workbench-fee-1366x900");
        click("tax-complete");
        // S4: the taxpayer's business licence checked against the case before the result is handed out
        checkIdentityAtTheDesk("91350100M000100Y43", "tax-workbench-identity-check-1366x900",
                d -> byId("tax-case").getText().contains("已办结"));
        assertTrue(driver.findElements(By.id("tax-checklist")).isEmpty(), "a completed case asks for nothing more");
        Screenshots.save(driver, "tax-workbench-completed-1366x900");
        String done = call("GET", "/api/v1/casework/case-numbers/" + caseNumber, null).body();
        assertTrue(done.contains("\"stage\":\"COMPLETED\"") && done.contains("\"visits\":2") && done.contains("\"limitDays\":10"), done);
        assertFalse(done.contains("\"daysLeft\":-"), "completed within its limit: " + done);

        // TX2: another fee for the case is refused naming the rule, nothing stored
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(done);
        assertTrue(id.find());
        HttpResponse<String> refused = call("POST", "/api/v1/casework/fees/cases/" + id.group(1), "{\"feeCode\":\"FORM\",\"amount\":5}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("第二条、第九条") && refused.body().contains("表证单书免费提供") && !refused.body().contains("TX2"), refused.body());
        String fees = call("GET", "/api/v1/casework/fees/cases/" + id.group(1), null).body();
        assertEquals(1, fees.split("\"receiptNumber\"", -1).length - 1, "only the 工本费 is stored: " + fees);

        // TX3: the public policy page, in Chinese, no login
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(hall.baseUrl()
                + "/api/v1/tax-hall/public/policy-notes/page?item=TX-REG-CHANGE&lang=zh-CN")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("政策解读") && page.body().contains("变更事项30日内办理"), page.body());
    }
}
