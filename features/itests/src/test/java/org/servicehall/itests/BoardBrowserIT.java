package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.itests.PublicScreens.byId;
import static org.servicehall.itests.PublicScreens.click;
import static org.servicehall.itests.PublicScreens.fontSize;
import static org.servicehall.itests.PublicScreens.inView;
import static org.servicehall.itests.PublicScreens.js;
import static org.servicehall.itests.PublicScreens.visible;
import static org.servicehall.itests.PublicScreens.waitUpTo;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;

/**
 * Q7 on the hall's TV (1920x1080), as the citizens in the seats see it (issue 12), in headless
 * Chromium against the real distribution: the voice asked for once and remembered, the calls in
 * very large type with the newest lit up, the time and date, waiting per service, the notice line
 * a supervisor sets on the console, at the speech rate set there. Screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardBrowserIT {
    private static final String NOTICE = "请携带身份证原件，保管好随身财物；社保业务请到6号窗口";
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
        PublicScreens.viewport(driver, 1920, 1080);
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

    private static String board() {
        return hall.baseUrl() + "/board?site=DEMO";
    }

    private static String voice() {
        return driver.findElement(By.id("board")).getAttribute("data-voice");
    }

    /** Q7: browsers speak only after a touch: the board asks once (点击开启语音播报), remembers it, and shows when voice is off. */
    @Test
    @Order(1)
    void theBoardAsksOnceForVoiceAndRemembersIt_Q7() {
        driver.get(board());
        WebElement prompt = visible(driver, "board-voice-prompt");
        assertEquals("点击开启语音播报", prompt.getText());
        assertEquals("ask", voice());
        assertEquals("语音播报未开启 · 点击开启", byId(driver, "board-voice").getText(), "the board says voice is off");
        Screenshots.save(driver, "board-voice-prompt-1920x1080");

        prompt.click();
        waitUpTo(driver, 5).until(d -> "on".equals(voice()));
        assertFalse(prompt.isDisplayed());
        assertEquals("语音播报已开启", byId(driver, "board-voice").getText());
        assertEquals("on", js(driver, "return localStorage.getItem('servicehall.board.voice');"));

        driver.navigate().refresh();
        waitUpTo(driver, 20).until(d -> voice() != null && !voice().isEmpty());
        assertFalse(byId(driver, "board-voice-prompt").isDisplayed(), "asked once: remembered after a reload");
    }

    /**
     * Q7: a supervisor sets the notice line and the speech rate on the console; three windows call:
     * every called number in type of 96 px and more, in view, the newest lit up for a few seconds,
     * announced at the set rate; time and date in Chinese; waiting per service; the screen filled.
     */
    @Test
    @Order(2)
    void callsShowInVeryLargeTypeWithTheNewestLitUpTheNoticeAndTheWaiting_Q7() {
        driver.get(hall.baseUrl() + "/board/settings");
        PublicScreens.signInAsAdmin(driver);
        visible(driver, "screens-notice");
        PublicScreens.type(driver, "screens-notice", NOTICE);
        PublicScreens.type(driver, "screens-speech-rate", "80");
        click(driver, "screens-save");
        waitUpTo(driver, 15).until(d -> String.valueOf(js(d, "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".map(c => c.innerText).join(' ');")).matches("(?s).*(已保存|Saved).*")); // the console speaks the browser's language

        driver.get(board());
        byId(driver, "board-current");
        String tax = PublicScreens.issue(hall, "TX-INVOICE");
        PublicScreens.issue(hall, "TX-INVOICE");
        String registration = PublicScreens.issue(hall, "H-REG");
        String radiology = PublicScreens.issue(hall, "H-RAD");
        PublicScreens.clockInAndCall(hall, "D001", 1);
        PublicScreens.clockInAndCall(hall, "D002", 2);
        PublicScreens.clockInAndCall(hall, "D005", 5);
        waitUpTo(driver, 10).until(d -> String.valueOf(d.findElement(By.id("board")).getAttribute("data-calls"))
                .equals(tax + "@1," + registration + "@2," + radiology + "@5"));
        WebElement newest = waitUpTo(driver, 10).until(d -> d.findElements(By.id("board-newest")).stream().findFirst().orElse(null));
        assertEquals(radiology, newest.getAttribute("data-number"), "the newest call is lit up");
        Screenshots.save(driver, "board-calls-1920x1080");

        List<WebElement> numbers = driver.findElements(By.cssSelector("#board-current .sh-call-number"));
        assertEquals(3, numbers.size());
        for (WebElement n : numbers) {
            assertTrue(fontSize(driver, n) >= 96, n.getText() + " at " + fontSize(driver, n) + " px");
            assertTrue(inView(driver, n), n.getText() + " in view");
        }
        assertTrue(fontSize(driver, driver.findElement(By.cssSelector("#board-current .sh-call-window"))) >= 72);
        assertEquals("rgb(6, 11, 26)", js(driver, "return getComputedStyle(document.getElementById('board')).backgroundColor;"),
                "a dark screen");
        assertEquals("请" + radiology + "号到5号窗口办理", byId(driver, "board").getAttribute("data-last-announcement"));
        assertEquals("0.8", byId(driver, "board").getAttribute("data-speech-rate"), "spoken at the hall's rate");
        assertTrue(byId(driver, "board-time").getText().matches("\\d\\d:\\d\\d"), byId(driver, "board-time").getText());
        assertEquals("2026年11月30日 星期一", byId(driver, "board-date").getText());
        assertEquals("1 人", driver.findElement(By.cssSelector("#board-waiting [data-service='TX-INVOICE'] .sh-list-value")).getText());
        assertEquals(NOTICE, byId(driver, "board-notice-text").getAttribute("textContent"));
        List<?> fill = (List<?>) js(driver, "const m = document.getElementById('board-main').getBoundingClientRect();"
                + " const t = document.getElementById('board-notice').getBoundingClientRect();"
                + " return [m.bottom, t.bottom, innerHeight, document.documentElement.scrollHeight];");
        double height = ((Number) fill.get(2)).doubleValue();
        assertTrue(((Number) fill.get(0)).doubleValue() >= 0.85 * height, "no empty fifth of the screen: " + fill);
        assertTrue(Math.abs(((Number) fill.get(1)).doubleValue() - height) <= 2, "the notice line along the foot: " + fill);
        assertTrue(((Number) fill.get(3)).doubleValue() <= height + 1, "nothing below the screen: " + fill);

        // lit up for a few seconds only
        waitUpTo(driver, 20).until(d -> d.findElements(By.id("board-newest")).isEmpty());
        Screenshots.save(driver, "board-calls-settled-1920x1080");
    }
}
