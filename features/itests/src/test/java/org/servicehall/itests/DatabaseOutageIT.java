package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.servicehall.itests.LoadBalancerIT.Window;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;
import org.servicehall.testing.HallApi;
import org.servicehall.testing.HallApi.Answer;
import org.servicehall.testing.PostgresDatabase;
import org.servicehall.testing.TcpProxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17: the distribution on PostgreSQL loses its database for 30 s (the test cuts the TCP relay
 * between them: connections break, new ones are refused, as when PostgreSQL stops). Requests fail
 * fast with a 503 problem in the caller's language (not a hang, not a 500), readiness says DEGRADED
 * with 503, the kiosk and the board say the hall is offline, nothing the node refused is stored, and
 * when the database is back the node serves again by itself, without a restart.
 */
class DatabaseOutageIT {
    private static final String PASSWORD = "Outage-Pass-42";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How fast a request must be refused while the database is away (the pool waits 3 s for a connection). */
    private static final long FAST_MS = 6000;

    @TempDir
    Path work;

    @Test
    void requestsFailFastWith503ScreensSayOfflineAndTheNodeRecoversWhenTheDatabaseIsBack() throws Exception {
        BrowserHall.assumeBrowser();
        try (PostgresDatabase db = PostgresDatabase.create("servicehall_outage"); TcpProxy relay = TcpProxy.to(PostgresDatabase.serverAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + db.name() + "?connectTimeout=3&tcpKeepAlive=true";
            Map<String, Map<String, String>> config = Map.of(PostgresDatabase.DATASOURCE_CFG, db.dataSource(url),
                    "org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30"));
            try (Distribution node = Distribution.start(work.resolve("node"), PASSWORD, config); Browser kiosk = new Browser();
                    Browser board = new Browser()) {
                run(db, relay, node, kiosk.driver(), board.driver());
            }
        }
    }

    private void run(PostgresDatabase db, TcpProxy relay, Distribution node, WebDriver kiosk, WebDriver board) throws Exception {
        HallApi api = new HallApi(node.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(30));
        List<Window> windows = LoadBalancerIT.awaitWindows(api);
        Window w = windows.get(0);
        assertEquals(200, api.post("/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D00" + w.number() + "\",\"window\":" + w.number() + "}")
                .status());
        String issue = "{\"service\":\"" + w.services().get(0) + "\"}";
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            stored.add(number(expect(201, api.post("/api/v1/queue/sites/DEMO/tickets", issue))));
        }
        kiosk.manage().window().setSize(BrowserHall.DESK_SCREEN);
        kiosk.get(node.baseUrl() + "/kiosk?site=DEMO");
        board.manage().window().setSize(new Dimension(1920, 1080));
        board.get(node.baseUrl() + "/board?site=DEMO");
        await(() -> !kiosk.findElements(By.id("hall-offline")).isEmpty() && !board.findElements(By.id("hall-offline")).isEmpty(),
                Duration.ofSeconds(30), "both screens are open");
        assertFalse(offlineShown(kiosk), "no offline notice while the database answers");
        assertEquals(200, node.status(Distribution.READY));

        // the database goes away
        assertTrue(relay.cut());
        long cutAt = System.nanoTime();

        long t0 = System.nanoTime();
        Answer refused = api.post("/api/v1/queue/sites/DEMO/tickets", issue);
        long issueMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, refused.status(), () -> refused.body() + "\n" + node.logTail());
        assertTrue(issueMs < FAST_MS, "refused in " + issueMs + " ms, not held");
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals(503, problem.get("status").asInt());
        assertEquals("The service hall is offline", problem.get("title").asText(), refused.body());

        t0 = System.nanoTime();
        Answer call = api.post("/api/v1/queue/windows/" + w.id() + "/call", "");
        long callMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, call.status(), () -> call.body() + "\n" + node.logTail());
        assertTrue(callMs < FAST_MS, "call refused in " + callMs + " ms");

        await(() -> node.status(Distribution.READY) == 503, Duration.ofSeconds(15), "readiness answers 503 while the database is away");
        String health = node.get(Distribution.READY);
        JsonNode h = JSON.readTree(health);
        assertEquals("DEGRADED", h.get("status").asText(), health);
        assertEquals("DOWN", h.get("database").get("status").asText(), health);

        try {
            // 60 s: in one CI run the board showed it and the kiosk had not after 30 s (34.1 s from the cut in another, at load 18)
            await(() -> offlineShown(kiosk) && offlineShown(board), Duration.ofSeconds(60), "the kiosk and the board say the hall is offline");
        } catch (AssertionError e) {
            Screenshots.save(board, "outage-board-no-notice-1920x1080");
            Screenshots.save(kiosk, "outage-kiosk-no-notice-1366x900");
            List<WebElement> n = board.findElements(By.id("hall-offline"));
            List<WebElement> k = kiosk.findElements(By.id("hall-offline"));
            throw new AssertionError(e.getMessage() + "; the board's notice: " + (n.isEmpty() ? "none" : n.get(0).getAttribute("style"))
                    + "; the kiosk's notice: " + (k.isEmpty() ? "none" : k.get(0).getAttribute("style")) + "\n" + node.logTail(), e);
        }
        long noticeMs = (System.nanoTime() - cutAt) / 1_000_000;
        // in the screens' language: the kiosk and the board are Chinese by default, whatever the browser's language (English here)
        for (WebDriver screen : List.of(kiosk, board)) {
            String notice = screen.findElement(By.id("hall-offline")).getText();
            assertTrue(notice.startsWith("服务大厅暂时离线"), "the notice, in the screen's language: " + notice);
        }
        Screenshots.save(kiosk, "outage-kiosk-offline-1366x900");
        Screenshots.save(board, "outage-board-offline-1920x1080");
        // the board is read from across the hall: its notice's headline in large type, the whole notice still leaving the
        // board most of the screen; the kiosk's (and the desks') notice keeps its ordinary size
        WebElement headline = board.findElement(By.cssSelector("#hall-offline > span"));
        double boardPx = PublicScreens.fontSize(board, headline);
        double kioskPx = PublicScreens.fontSize(kiosk, kiosk.findElement(By.id("hall-offline")));
        assertTrue(boardPx >= 64, "the board's notice in large type: " + boardPx + " px");
        assertEquals(20, kioskPx, 0.5, "the kiosk's notice keeps its size");
        Number noticeHeight = (Number) PublicScreens.js(board, "return document.getElementById('hall-offline').getBoundingClientRect().height;");
        Number screenHeight = (Number) PublicScreens.js(board, "return window.innerHeight;");
        assertTrue(noticeHeight.doubleValue() <= 0.4 * screenHeight.doubleValue(), "the notice leaves the board most of the screen: " + noticeHeight
                + " of " + screenHeight + " px");

        // 30 s without the database, as in the issue, with requests still refused fast at the end
        while (System.nanoTime() - cutAt < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(500);
        }
        t0 = System.nanoTime();
        assertEquals(503, api.post("/api/v1/queue/sites/DEMO/tickets", issue).status());
        long lateMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(lateMs < FAST_MS, "still refused fast after 30 s: " + lateMs + " ms");

        // the database is back: the node serves again without a restart
        relay.restore();
        long restoredAt = System.nanoTime();
        await(() -> node.status(Distribution.READY) == 200, Duration.ofSeconds(30), "readiness is 200 again");
        long readyMs = (System.nanoTime() - restoredAt) / 1_000_000;
        await(() -> !offlineShown(kiosk) && !offlineShown(board), Duration.ofSeconds(15), "the offline notices go away");
        stored.add(number(expect(201, api.post("/api/v1/queue/sites/DEMO/tickets", issue))));
        JsonNode called = JSON.readTree(expect(200, api.post("/api/v1/queue/windows/" + w.id() + "/call", "")).body());
        assertEquals("CALLED", called.get("status").asText());
        Screenshots.save(board, "outage-board-recovered-1920x1080");

        // nothing half-written: exactly the tickets answered 201 are stored
        Set<String> inDatabase = new HashSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ticket_number FROM sh_ticket")) {
            while (rs.next()) {
                inDatabase.add(rs.getString(1));
            }
        }
        assertEquals(stored, inDatabase);
        System.out.println("MEASURE database outage: issue refused 503 in " + issueMs + " ms, call in " + callMs + " ms, after 30 s in " + lateMs
                + " ms; offline notice on kiosk and board " + noticeMs + " ms after the cut (board headline " + boardPx + " px, kiosk " + kioskPx
                + " px); ready again " + readyMs + " ms after the database was back");
    }

    private static boolean offlineShown(WebDriver driver) {
        List<WebElement> notice = driver.findElements(By.id("hall-offline"));
        return !notice.isEmpty() && notice.get(0).isDisplayed();
    }

    private static Answer expect(int status, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        return answer;
    }

    /** The number of the ticket an issue's receipt names. */
    private static String number(Answer receipt) throws Exception {
        return JSON.readTree(receipt.body()).get("ticket").get("number").asText();
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
