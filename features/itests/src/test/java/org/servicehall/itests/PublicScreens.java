package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicehall.testing.Distribution;

/**
 * What the browser tests share (every *BrowserIT waits, finds and clicks through these): the demo hall started on a Monday at a
 * given time, the admin's REST calls that set the scene (tickets, clock-in, calls), and what a
 * person sees of an element (in view, its computed font size).
 */
final class PublicScreens {
    static final String PASSWORD = "Screens-Test-Pass-7";

    private PublicScreens() {
    }

    /** The demo hall on Monday 30 November 2026 at the local time given (Asia/Shanghai); skipped without Chromium. */
    static Distribution hallAt(Path dir, String localTime) {
        BrowserHall.assumeBrowser();
        Distribution hall = Distribution.start(dir, PASSWORD,
                Map.of("org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T" + localTime)));
        // the demo hall is set up just after start: wait until its windows serve the sectors' services
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (hall.status("/api/v1/sites/DEMO/windows") == 200) {
                String windows = hall.get("/api/v1/sites/DEMO/windows");
                if (windows.contains("TX-") && windows.contains("H-PHARM") && !windows.contains("\"serviceCodes\":[]")) {
                    return hall;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return hall;
    }

    /** Sizes the window so the page itself (the viewport) is width x height, as on the hall's screen. */
    static void viewport(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        List<?> inner = (List<?>) js(driver, "return [window.innerWidth, window.innerHeight];");
        int w = ((Number) inner.get(0)).intValue();
        int h = ((Number) inner.get(1)).intValue();
        if (w != width || h != height) {
            driver.manage().window().setSize(new Dimension(2 * width - w, 2 * height - h));
        }
    }

    /**
     * A wait that polls every 100 ms and tries again when Vaadin replaced an element between finding
     * it and reading it (a stale element is a moment of the page, not an answer).
     */
    static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static WebElement byId(WebDriver driver, String id) {
        return waitUpTo(driver, 30).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    static WebElement visible(WebDriver driver, String id) {
        return waitUpTo(driver, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Clicks the element once it is clickable, again if it was re-rendered under the click. */
    static void click(WebDriver driver, String id) {
        clickFirst(driver, By.id(id), e -> e.isDisplayed() && e.isEnabled(), 30);
    }

    /**
     * Clicks the first element {@code locator} finds that {@code which} accepts, waiting for one; when
     * the page replaced it between finding and clicking (Chromium: stale, or "does not belong to the
     * document"), it finds it again and clicks the new one. When something else would take the click
     * (a confirmation still showing over it, or the element below the visible part of a scrolled
     * layout), it brings the element to the middle of the view and tries again, as a person would
     * scroll to it or wait for the confirmation to go; still covered when the time is up, it fails
     * with what covered it.
     */
    static void clickFirst(WebDriver driver, By locator, Predicate<WebElement> which, int seconds) {
        ElementClickInterceptedException[] covered = new ElementClickInterceptedException[1];
        try {
            waitUpTo(driver, seconds).until(d -> {
                for (WebElement e : d.findElements(locator)) {
                    if (which.test(e)) {
                        try {
                            e.click();
                            return true;
                        } catch (StaleElementReferenceException gone) {
                            return false;
                        } catch (ElementClickInterceptedException under) {
                            covered[0] = under;
                            js(driver, "arguments[0].scrollIntoView({block: 'center'});", e);
                            return false;
                        } catch (WebDriverException ex) {
                            if (detached(ex)) {
                                return false;
                            }
                            throw ex;
                        }
                    }
                }
                return false;
            });
        } catch (TimeoutException late) {
            if (covered[0] != null) {
                throw covered[0];
            }
            throw late;
        }
    }

    private static boolean detached(WebDriverException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("does not belong to the document") || m.contains("is not attached to the page document")
                || m.contains("No node with given id found");
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The element's computed font size in CSS pixels. */
    static double fontSize(WebDriver driver, WebElement e) {
        return Double.parseDouble(String.valueOf(js(driver, "return parseFloat(getComputedStyle(arguments[0]).fontSize);", e)));
    }

    /** Whether the whole element is inside the viewport, without scrolling. */
    static boolean inView(WebDriver driver, WebElement e) {
        return Boolean.TRUE.equals(js(driver, "const r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.top >= 0"
                + " && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;", e));
    }

    /** Types into a Vaadin field (its inner input) and leaves it, so the value reaches the server. */
    static void type(WebDriver driver, String fieldId, String text) {
        WebElement input = byId(driver, fieldId).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
        js(driver, "arguments[0].blur(); arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    }

    /** Signs in as the admin on the login page a console page sent the browser to. */
    static void signInAsAdmin(WebDriver driver) {
        waitUpTo(driver, 30).until(ExpectedConditions.urlContains("/login"));
        WebElement form = byId(driver, "vaadinLoginFormWrapper");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
    }

    /** A request signed in as the admin, with a JSON body or none: the status and the body. */
    static HttpResponse<String> send(Distribution hall, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** Issues a ticket of the demo hall through the REST API; its number. */
    static String issue(Distribution hall, String service) {
        HttpResponse<String> r = send(hall, "POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + service + "\"}");
        assertTrue(r.statusCode() == 201, r.statusCode() + " " + r.body());
        Matcher m = Pattern.compile("\"number\":\"([A-Z0-9-]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    static long windowId(Distribution hall, int number) {
        String windows = hall.get("/api/v1/sites/DEMO/windows");
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"siteId\":\\d+,\"number\":" + number + ",").matcher(windows);
        assertTrue(m.find(), "window " + number + " in " + windows);
        return Long.parseLong(m.group(1));
    }

    /** The staff member clocks in at the window (A2, so the window may call, A4) and it calls the next ticket. */
    static void clockInAndCall(Distribution hall, String staffNumber, int window) {
        HttpResponse<String> in = send(hall, "POST", "/api/v1/attendance/DEMO/clock-in",
                "{\"staffNumber\":\"" + staffNumber + "\",\"window\":" + window + "}");
        assertTrue(in.statusCode() == 200, in.statusCode() + " " + in.body());
        HttpResponse<String> call = send(hall, "POST", "/api/v1/queue/windows/" + windowId(hall, window) + "/call", null);
        assertTrue(call.statusCode() == 200, call.statusCode() + " " + call.body());
    }
}
