package org.servicehall.itests;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;

/**
 * One browser test class's hall: the real distribution with the demo hall on Monday 30 November
 * 2026 at 09:30 Beijing time (whatever the time CI runs: Q8, tickets are issued on working days
 * until closing) and a headless Chromium. Skipped where Chromium is missing, unless browser tests
 * are required ({@code -Dservicehall.test.browser=required}, as {@code .ci/run} sets).
 */
final class BrowserHall implements AutoCloseable {
    /** The counter desk's and the kiosk's screen. */
    static final Dimension DESK_SCREEN = new Dimension(1366, 900);

    private final Distribution hall;
    private final Dimension window;
    private Browser browser;

    private BrowserHall(Distribution hall, Browser browser, Dimension window) {
        this.hall = hall;
        this.browser = browser;
        this.window = window;
    }

    /** Starts the hall in {@code dir} with the first administrator's password, and Chromium at {@code window} (its own size when null). */
    static BrowserHall start(Path dir, String adminPassword, Dimension window) {
        assumeBrowser();
        Distribution hall = startHall(dir, adminPassword);
        try {
            return new BrowserHall(hall, open(window), window);
        } catch (RuntimeException e) {
            hall.close();
            throw e;
        }
    }

    /**
     * The same hall for a class whose browser steps are a part of it only (SecurityIT: its REST
     * checks run without Chromium): Chromium opens at {@code window} when {@link #driver()} is first
     * asked for.
     */
    static BrowserHall startWithoutBrowser(Path dir, String adminPassword, Dimension window) {
        return new BrowserHall(startHall(dir, adminPassword), null, window);
    }

    private static Distribution startHall(Path dir, String adminPassword) {
        return Distribution.start(dir, adminPassword,
                Map.of("org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30")));
    }

    private static Browser open(Dimension window) {
        Browser browser = new Browser();
        if (window != null) {
            browser.driver().manage().window().setSize(window);
        }
        return browser;
    }

    /** Skips the test class without Chromium and its driver, or fails it where browser tests are required. */
    static void assumeBrowser() {
        if (Browser.available()) {
            return;
        }
        if ("required".equals(System.getProperty("servicehall.test.browser"))) {
            throw new IllegalStateException("browser tests are required here but Chromium/chromedriver are missing");
        }
        Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    Distribution hall() {
        return hall;
    }

    /** The hall's Chromium (opened now if the hall was started without it; skipped or failed as {@link #assumeBrowser()} says). */
    WebDriver driver() {
        if (browser == null) {
            assumeBrowser();
            browser = open(window);
        }
        return browser.driver();
    }

    @Override
    public void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            hall.close();
        }
    }
}
