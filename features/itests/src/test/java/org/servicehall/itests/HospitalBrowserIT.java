package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hospital plugin in headless Chromium against the real distribution (issue 14): a prescription
 * prepared by one pharmacist (REST, as the information system's pharmacist d002) and checked by a
 * second (the workbench), shown on the public ready board, dispensed with one check of 四查十对
 * missing — refused naming it — then with all ten (H3); a specimen sampled whose turnaround warning
 * shows on the TAT board (H4); the payment window's steps in order, finishing refused naming the
 * missing steps (H2); the guide desk and the patient's slip on the phone. Screens in Chinese at
 * 1366x900, the boards at 1920x1080, the slip at 390x844.
 */
class HospitalBrowserIT extends HallBrowserTest {
    private static final String PASSWORD = "Browser-Test-Pass-7";
    private static final String PHARMACIST = "Pharmacist-Two-2026";

    @BeforeAll
    static void start() {
        startHall(PASSWORD, BrowserHall.DESK_SCREEN);
    }

    /** A REST call as d002, the second pharmacist. */
    private static HttpResponse<String> asD002(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("d002:" + PHARMACIST).getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "zh-CN");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static void selectRow(String gridId, String text) {
        PublicScreens.clickFirst(driver, By.cssSelector("#" + gridId + " vaadin-grid-cell-content"), c -> c.getText().trim().equals(text), 20);
    }

    private static void tick(List<String> labels) {
        for (String label : labels) {
            PublicScreens.clickFirst(driver, By.cssSelector("#pharmacy-checklist vaadin-checkbox"), c -> {
                if (!c.getText().trim().equals(label)) {
                    return false;
                }
                PublicScreens.js(driver, "arguments[0].scrollIntoView({block: 'center'});", c);
                return true;
            }, 10);
        }
    }

    private static void workbenchWith(String ticket) {
        driver.get(hall.baseUrl() + "/hospital/pharmacy");
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#pharmacy-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().trim().equals(ticket)));
        selectRow("pharmacy-grid", ticket);
    }

    @Test
    void aPrescriptionIsRefusedNamingTheMissingCheckThenDispensedAndATurnaroundWarningShowsOnTheBoard_H2_H3_H4() throws Exception {
        signInAtTheDesk();
        chooseLanguage("中文", "desk");
        // S1: the second pharmacist's account gets a password to sign with (the demo's are random)
        driver.get(hall.baseUrl() + "/admin/staff");
        PublicScreens.clickFirst(driver, By.cssSelector("#staff-grid vaadin-grid-cell-content"), c -> c.getText().equals("D002"), 20);
        type("staff-new-password", PHARMACIST);
        click("staff-set-password");
        waitUpTo(15).until(d -> notifications().contains("d002"));

        // H3: a patient's pick-up ticket and the prescription from the information system, prepared by d002
        waitUpTo(60).until(d -> hall.get("/api/v1/queue/sites/DEMO/services").matches("(?s).*\"H-PHARM\"[^}]*\"takingTickets\":true.*"));
        HttpResponse<String> issued = call("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"H-PHARM\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        String ticket = field(issued.body(), "number");
        HttpResponse<String> received = call("POST", "/api/v1/hospital/pharmacy/sites/DEMO/prescriptions", "{\"externalId\":\"MR-IT-1\","
                + "\"ticketNumber\":\"" + ticket + "\",\"patientName\":\"王芳\",\"patientAge\":34,\"department\":\"呼吸内科\",\"diagnosis\":"
                + "\"急性上呼吸道感染\",\"prescriber\":\"李医生\",\"lines\":[{\"drugCode\":\"PARACETAMOL-500\",\"quantity\":2,\"dosage\":"
                + "\"每日3次，每次1片，口服\"}]}");
        assertEquals(201, received.statusCode(), received.body());
        String id = field(received.body(), "id");
        HttpResponse<String> prepared = asD002("POST", "/api/v1/hospital/pharmacy/prescriptions/" + id + "/prepare", null);
        assertEquals(200, prepared.statusCode(), prepared.body());

        // 核对 by the second pharmacist (the admin at the workbench)
        workbenchWith(ticket);
        click("pharmacy-check");
        waitUpTo(15).until(d -> notifications().contains("已核对"));

        // the public ready board shows the number (numbers only), on the hall's TV
        PublicScreens.viewport(driver, 1920, 1080);
        driver.get(hall.baseUrl() + "/api/v1/hospital/public/pharmacy/DEMO");
        waitUpTo(15).until(d -> d.findElements(By.cssSelector("#numbers .ready")).stream().anyMatch(e -> e.getText().equals(ticket)));
        String board = byId("numbers").getText() + byId("title").getText();
        assertTrue(board.contains("请以下号码到药房取药") && !driver.getPageSource().contains("王芳"), board);
        Screenshots.save(driver, "hospital-ready-board-1920x1080");
        PublicScreens.viewport(driver, 1366, 900);

        // 发药 with 剂型 not checked: refused naming it; then with all ten
        workbenchWith(ticket);
        List<String> nine = List.of("科别", "姓名", "年龄", "药名", "规格", "数量", "药品性状", "用法用量", "临床诊断");
        tick(nine);
        click("pharmacy-dispense");
        waitUpTo(15).until(d -> notifications().contains("剂型"));
        assertTrue(notifications().contains("不能发药：缺少“剂型”的核对"), notifications());
        Screenshots.save(driver, "hospital-pharmacy-refused-1366x900");
        assertTrue(call("GET", "/api/v1/hospital/pharmacy/prescriptions/" + id, null).body().contains("\"status\":\"CHECKED\""),
                "refused: nothing changed");
        tick(List.of("剂型"));
        click("pharmacy-dispense");
        waitUpTo(15).until(d -> notifications().contains("已发药"));
        waitUpTo(10).until(d -> !notifications().contains("不能发药")); // the refusal of the try before is closed
        assertTrue(call("GET", "/api/v1/hospital/pharmacy/prescriptions/" + id, null).body().contains("\"status\":\"DISPENSED\""));
        Screenshots.save(driver, "hospital-pharmacy-dispensed-1366x900");

        // H4: routine tests limited to one minute for the test (warning at half of it); a specimen sampled after 三对
        assertEquals(200, call("PUT", "/api/v1/hospital/lab/classes/ROUTINE", "{\"limitMinutes\":1,\"warnPercent\":50}").statusCode());
        try {
            HttpResponse<String> ordered = call("POST", "/api/v1/hospital/lab/sites/DEMO/specimens",
                    "{\"specimenNumber\":\"IT-0001\",\"patientName\":\"李强\",\"testCode\":\"CBC\"}");
            assertEquals(201, ordered.statusCode(), ordered.body());
            HttpResponse<String> sampled = call("POST", "/api/v1/hospital/lab/specimens/" + field(ordered.body(), "id") + "/sample",
                    "{\"patientName\":\"李强\",\"testCode\":\"CBC\",\"specimenNumber\":\"IT-0001\"}");
            assertEquals(200, sampled.statusCode(), sampled.body());
            String token = field(sampled.body(), "slipToken");
            PublicScreens.viewport(driver, 1920, 1080);
            driver.get(hall.baseUrl() + "/hospital/lab/tat");
            waitUpTo(30).until(d -> byId("tat-board").getText().contains("IT-0001"));
            WebElement warning = waitUpTo(90).until(d -> d.findElements(By.cssSelector("#tat-board [data-state='WARNING']")).stream()
                    .findFirst().orElse(null));
            assertNotNull(warning);
            assertEquals("即将超时", warning.getText());
            Screenshots.save(driver, "hospital-tat-board-1920x1080");

            // the patient's slip on the phone: when and where, in Chinese
            PublicScreens.viewport(driver, 390, 844);
            driver.get(hall.baseUrl() + "/api/v1/hospital/public/slips/" + token + "?lang=zh-CN");
            assertTrue(byId("when").getText().contains("领取"), byId("when").getText());
            assertEquals("WAITING", driver.findElement(By.tagName("body")).getAttribute("data-state"));
            Screenshots.save(driver, "hospital-slip-390x844");
        } finally {
            call("PUT", "/api/v1/hospital/lab/classes/ROUTINE", "{\"limitMinutes\":30,\"warnPercent\":80}");
            PublicScreens.viewport(driver, 1366, 900);
        }

        // H2: the payment window's steps in their order; finishing with steps missing is refused naming them
        HttpResponse<String> fees = call("POST", "/api/v1/hospital/payments/sites/DEMO", "{\"ticketNumber\":\"" + ticket + "\",\"patientName\":"
                + "\"王芳\",\"items\":[{\"code\":\"REG\",\"name\":\"普通门诊挂号费\",\"quantity\":1,\"unitPrice\":6.50},{\"code\":\"CBC\",\"name\":"
                + "\"血常规\",\"quantity\":2,\"unitPrice\":40}]}");
        assertEquals(201, fees.statusCode(), fees.body());
        driver.get(hall.baseUrl() + "/hospital/payment");
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#payment-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().trim().equals("王芳")));
        selectRow("payment-grid", field(fees.body(), "id"));
        waitUpTo(15).until(d -> byId("payment-step-DUE_ANNOUNCED").getAttribute("disabled") == null);
        assertNotNull(byId("payment-step-CHANGE_ANNOUNCED").getAttribute("disabled"), "only the next step can be pressed");
        click("payment-step-DUE_ANNOUNCED");
        waitUpTo(15).until(d -> byId("payment-said").getText().contains("86.50元"));
        waitUpTo(15).until(d -> byId("payment-step-RECEIVED_ANNOUNCED").getAttribute("disabled") == null);
        click("payment-finish");
        waitUpTo(15).until(d -> notifications().contains("收费不能结束"));
        assertTrue(notifications().contains("尚未记录唱收实收金额、唱付找零、交付收据"), notifications());
        Screenshots.save(driver, "hospital-payment-1366x900");

        // H1: the guide desk
        driver.get(hall.baseUrl() + "/hospital/guide");
        waitUpTo(30).until(d -> byId("hospital-guide").getText().contains("特需服务"));
        Screenshots.save(driver, "hospital-guide-1366x900");
    }
}
