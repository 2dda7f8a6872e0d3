package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;
import org.servicehall.testing.HallApi;
import org.servicehall.testing.HallApi.Answer;
import org.servicehall.testing.LoadBalancer;
import org.servicehall.testing.PostgresDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17: two real nodes on one PostgreSQL behind a real HAProxy, configured by the file the
 * distribution ships ({@code ops/haproxy.cfg}). Kiosks issue and windows call, start and finish
 * tickets through the balancer while one node is killed with {@code kill -9}: the calls go on
 * through the other node, every ticket answered 201 exists, none has a number twice, none is left
 * half-served, and no finish is acknowledged twice. Screens keep to their node (the affinity cookie)
 * and go to the other node when theirs is gone; the readiness check takes the dead node out. A staff
 * member at the counter desk whose node stops signs in again on the other node, told so in Chinese,
 * and the desk goes on with the tickets as the shared database has them.
 *
 * <p>Skipped when haproxy is not installed, unless {@code -Dservicehall.test.lb=required}.
 */
class LoadBalancerIT {
    private static final String PASSWORD = "Balanced-Pass-7";
    private static final int TICKETS = 150;
    private static final int KILL_AFTER_FINISHED = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void callsGoOnThroughTheOtherNodeWhenOneIsKilledAndNoTicketIsLostOrIssuedTwice() throws Exception {
        LoadBalancer.executable(); // skip (or fail when required) before starting anything
        try (PostgresDatabase db = PostgresDatabase.create("servicehall_lb")) {
            Map<String, Map<String, String>> config = Map.of(PostgresDatabase.DATASOURCE_CFG, db.dataSource(),
                    // a Monday morning on both nodes, whatever the time the test runs
                    "org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30"));
            try (Distribution a = Distribution.start(work.resolve("node-a"), PASSWORD, config);
                    Distribution b = Distribution.start(work.resolve("node-b"), PASSWORD, config);
                    LoadBalancer lb = LoadBalancer.start(work.resolve("lb"), a, a, b)) {
                run(db, a, lb);
            }
        }
    }

    /**
     * Issue 17: a staff member signed in at the counter desk through the balancer; the node serving
     * them stops. Sessions are per node, so the desk's next request reaches the other node without
     * one: the screen goes to the sign-in there, which says in Chinese (the language they chose) that
     * the sign-in ended and why; signed in again, they are back at the desk, which shows the ticket
     * called before the stop and calls the next one: every ticket once, in the state the shared
     * PostgreSQL database has.
     */
    @Test
    void aStaffMemberWhoseNodeStopsSignsInAgainOnTheOtherNodeAndTheDeskGoesOn() throws Exception {
        LoadBalancer.executable();
        BrowserHall.assumeBrowser();
        try (PostgresDatabase db = PostgresDatabase.create("servicehall_lb_desk")) {
            Map<String, Map<String, String>> config = Map.of(PostgresDatabase.DATASOURCE_CFG, db.dataSource(),
                    "org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30"));
            try (Distribution a = Distribution.start(work.resolve("desk-node-a"), PASSWORD, config);
                    Distribution b = Distribution.start(work.resolve("desk-node-b"), PASSWORD, config);
                    LoadBalancer lb = LoadBalancer.start(work.resolve("desk-lb"), a, a, b); Browser browser = new Browser()) {
                deskAcrossAStoppedNode(db, Map.of("a", a, "b", b), lb, browser.driver());
            }
        }
    }

    private void deskAcrossAStoppedNode(PostgresDatabase db, Map<String, Distribution> nodes, LoadBalancer lb, WebDriver d) throws Exception {
        HallApi api = new HallApi(lb.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(15));
        Window one = awaitWindows(api).stream().filter(w -> w.number == 1).findFirst().orElseThrow();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Answer r = api.post("/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + one.services.get(0) + "\"}");
            assertEquals(201, r.status(), r.body());
            numbers.add(JSON.readTree(r.body()).get("ticket").get("number").asText());
        }
        Answer in = api.post("/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D001\",\"window\":1}");
        assertEquals(200, in.status(), in.body());

        d.manage().window().setSize(BrowserHall.DESK_SCREEN);
        d.get(lb.baseUrl() + "/desk");
        signIn(d);
        PublicScreens.byId(d, "desk-window");
        chooseChinese(d);
        // the first ticket served, the second called: then the node goes
        PublicScreens.click(d, "desk-call");
        awaitCurrent(d, numbers.get(0));
        PublicScreens.click(d, "desk-start");
        PublicScreens.waitUpTo(d, 15).until(x -> x.findElement(By.id("desk-finish")).getAttribute("disabled") == null);
        PublicScreens.click(d, "desk-finish");
        awaitCurrent(d, "—");
        PublicScreens.click(d, "desk-call");
        awaitCurrent(d, numbers.get(1));
        Cookie affinity = d.manage().getCookieNamed(LoadBalancer.AFFINITY_COOKIE);
        assertNotNull(affinity, "the desk keeps to one node");
        String gone = affinity.getValue();
        String other = gone.equals("a") ? "b" : "a";

        nodes.get(gone).close();
        long stoppedAt = System.nanoTime();
        // the desk's next action (start serving) reaches the other node, which has no session for it; the
        // page may have gone by itself already (its push connection reconnects to the other node, too)
        try {
            PublicScreens.clickFirst(d, By.id("desk-start"), e -> e.isDisplayed() && e.isEnabled(), 5);
        } catch (WebDriverException alreadyGone) {
            // on its way to the sign-in
        }
        PublicScreens.waitUpTo(d, 60).until(ExpectedConditions.urlContains("/login"));
        long signInMs = (System.nanoTime() - stoppedAt) / 1_000_000;
        WebElement ended = PublicScreens.visible(d, "login-session-ended");
        String page = (String) PublicScreens.js(d, "return document.body.innerText;");
        Screenshots.save(d, "lb-desk-sign-in-again-after-node-stopped-1366x900");
        assertTrue(ended.getText().contains("您的登录已失效") && ended.getText().contains("请重新登录"), "the reason, in Chinese: " + ended.getText());
        assertTrue(d.getTitle().contains("登录服务大厅"), "the sign-in page in the staff member's language: " + d.getTitle());
        assertTrue(!page.contains("Session Expired") && !page.contains("Take note of any unsaved data"), "not Vaadin's English: " + page);
        assertTrue(d.getCurrentUrl().contains("to=desk"), "back to the desk afterwards: " + d.getCurrentUrl());

        signIn(d);
        PublicScreens.waitUpTo(d, 30).until(ExpectedConditions.urlContains("/desk"));
        PublicScreens.byId(d, "desk-window");
        assertEquals(other, d.manage().getCookieNamed(LoadBalancer.AFFINITY_COOKIE).getValue(), "the desk is on the node left");
        // the ticket called before the stop is still the desk's, as the database has it: served, then the next one called
        awaitCurrent(d, numbers.get(1));
        PublicScreens.waitUpTo(d, 15).until(x -> x.findElement(By.id("desk")).getText().contains("叫号"));
        PublicScreens.click(d, "desk-start");
        PublicScreens.waitUpTo(d, 15).until(x -> x.findElement(By.id("desk-finish")).getAttribute("disabled") == null);
        PublicScreens.click(d, "desk-finish");
        awaitCurrent(d, "—");
        PublicScreens.click(d, "desk-call");
        awaitCurrent(d, numbers.get(2));
        Screenshots.save(d, "lb-desk-goes-on-on-the-other-node-1366x900");

        Map<String, String> status = new HashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ticket_number, status FROM sh_ticket")) {
            while (rs.next()) {
                assertNull(status.put(rs.getString(1), rs.getString(2)), "ticket " + rs.getString(1) + " once");
            }
        }
        assertEquals(Map.of(numbers.get(0), "DONE", numbers.get(1), "DONE", numbers.get(2), "CALLED"), status, "no ticket lost or doubled");
        System.out.println("MEASURE load balancer desk: node " + gone + " stopped; the desk on the sign-in of node " + other + " " + signInMs
                + " ms later; signed in again, it served " + numbers.get(1) + " and called " + numbers.get(2));
    }

    private static void signIn(WebDriver d) {
        PublicScreens.waitUpTo(d, 30).until(ExpectedConditions.urlContains("/login"));
        WebElement form = PublicScreens.byId(d, "vaadinLoginFormWrapper");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
    }

    /** The console in Chinese (the page reloads in it), as a staff member chooses it. */
    private static void chooseChinese(WebDriver d) {
        WebElement before = PublicScreens.byId(d, "console-language");
        PublicScreens.click(d, "console-language");
        PublicScreens.clickFirst(d, By.cssSelector("vaadin-select-item"), i -> i.getText().equals("中文"), 10);
        PublicScreens.waitUpTo(d, 30).until(ExpectedConditions.stalenessOf(before));
        PublicScreens.waitUpTo(d, 30).until(x -> x.findElement(By.id("desk")).getText().contains("叫号"));
    }

    private static void awaitCurrent(WebDriver d, String number) {
        PublicScreens.waitUpTo(d, 20).until(x -> number.equals(x.findElement(By.id("desk-current")).getText()));
    }

    private void run(PostgresDatabase db, Distribution a, LoadBalancer lb) throws Exception {
        HallApi api = new HallApi(lb.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(15));
        List<Window> windows = awaitWindows(api);

        // Vaadin screens keep to the node that holds their state; without the cookie requests are spread
        String kioskCookie = affinityCookie(lb, "/kiosk?site=DEMO");
        Set<String> stuck = new HashSet<>();
        Set<String> spread = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            stuck.add(nodeOf(lb, "/kiosk?site=DEMO", kioskCookie));
            spread.add(nodeOf(lb, "/kiosk?site=DEMO", null));
        }
        assertEquals(1, stuck.size(), "a browser with " + kioskCookie + " keeps to its node: " + stuck);
        assertEquals(Set.of("node-a", "node-b"), spread, "browsers without the cookie go to both nodes");
        String cookieOnA = LoadBalancer.AFFINITY_COOKIE + "=a";

        for (Window w : windows) {
            Answer in = api.post("/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D00" + w.number + "\",\"window\":" + w.number + "}");
            assertEquals(200, in.status(), in.body());
        }

        Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // number -> id, answered 201
        Set<Long> finished = ConcurrentHashMap.newKeySet(); // answered 200 to finish
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger finishedCount = new AtomicInteger();
        AtomicInteger afterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean issuing = new AtomicBoolean(true);
        CountDownLatch enoughFinished = new CountDownLatch(KILL_AFTER_FINISHED);
        ExecutorService pool = Executors.newFixedThreadPool(windows.size() + 2);
        List<Future<?>> done = new ArrayList<>();
        AtomicInteger toIssue = new AtomicInteger(TICKETS);
        for (int k = 0; k < 2; k++) {
            done.add(pool.submit(() -> {
                for (int i = toIssue.getAndDecrement(); i > 0; i = toIssue.getAndDecrement()) {
                    Window w = windows.get(i % windows.size());
                    Answer r = api.post("/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + w.services.get(i % w.services.size()) + "\"}");
                    if (r.status() == 201) {
                        JsonNode t = JSON.readTree(r.body()).get("ticket"); // the receipt
                        Long before = acknowledged.put(t.get("number").asText(), t.get("id").asLong());
                        if (before != null) {
                            failures.add("number " + t.get("number").asText() + " issued twice: " + before + " and " + t.get("id"));
                        }
                    } else if (!transientFailure(r)) {
                        failures.add("issue: " + r);
                    }
                    Thread.sleep(20);
                }
                return null;
            }));
        }
        for (Window w : windows) {
            done.add(pool.submit(() -> {
                serve(api, w, issuing, finished, failures, () -> {
                    finishedCount.incrementAndGet();
                    enoughFinished.countDown();
                    if (killed.get()) {
                        afterKill.incrementAndGet();
                    }
                });
                return null;
            }));
        }

        assertTrue(enoughFinished.await(3, TimeUnit.MINUTES), "tickets were served through the balancer: " + failures);
        a.kill();
        killed.set(true);
        long killedAt = System.nanoTime();
        int finishedAtKill = finishedCount.get();

        // a screen that was on node A goes to node B at once (its Vaadin session there is new)
        HttpURLConnection kiosk = open(lb, "/kiosk?site=DEMO", cookieOnA);
        assertEquals(200, kiosk.getResponseCode(), "the kiosk page through the balancer with node A gone");
        assertEquals("node-b", kiosk.getHeaderField(LoadBalancer.NODE_HEADER));
        long kioskMs = (System.nanoTime() - killedAt) / 1_000_000;

        while (toIssue.get() > 0) {
            Thread.sleep(100);
        }
        done.get(0).get();
        done.get(1).get();
        issuing.set(false);
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(List.of(), failures);
        assertTrue(afterKill.get() > 0, "tickets were served after node A was killed (" + finishedAtKill + " before)");

        // the balancer has taken node A out: everything is answered by node B, and the readiness check says so
        for (int i = 0; i < 4; i++) {
            assertEquals("node-b", lb.nodeAnswering(Distribution.READY));
        }
        // its check fails twice, 2 s apart, before it says so: on a fast run the work is done before that
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!lb.logText().contains("node-a is DOWN") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(lb.logText().contains("node-a is DOWN"), "haproxy's readiness check took node A out:\n" + lb.logText());

        // a board through the balancer follows calls on the node left
        boardFollowsACall(lb, api, windows.get(0));

        Map<String, String> status = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, ticket_number, status FROM sh_ticket")) {
            while (rs.next()) {
                status.put(rs.getLong(1) + " " + rs.getString(2), rs.getString(3));
                numbers.merge(rs.getString(2), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Long> t : acknowledged.entrySet()) {
            assertNotNull(status.get(t.getValue() + " " + t.getKey()), "ticket " + t.getKey() + " was answered 201 and is stored");
        }
        numbers.forEach((number, n) -> assertEquals(1, n, "ticket number " + number + " once"));
        status.forEach((ticket, s) -> assertEquals("DONE", s, "ticket " + ticket + " was served to the end, not left " + s));
        assertTrue(finished.size() <= status.size());
        System.out.println("MEASURE load balancer: " + acknowledged.size() + " of " + TICKETS + " issues acknowledged, " + status.size()
                + " stored, all DONE; " + finishedAtKill + " finished before kill -9 of node A, " + afterKill.get()
                + " after; kiosk on node A's cookie answered by node B " + kioskMs + " ms after the kill");
    }

    /**
     * One window's staff member through the balancer: call (answers the window's current ticket again
     * when there is one), start, finish, until nobody waits and the kiosks have stopped. A request
     * whose answer is lost (502/503 or none) is simply asked again by calling.
     */
    private void serve(HallApi api, Window w, AtomicBoolean issuing, Set<Long> finished, List<String> failures, Runnable onFinished)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            Answer call = api.post("/api/v1/queue/windows/" + w.id + "/call", "");
            if (call.status() == 204) {
                if (!issuing.get()) {
                    return;
                }
                Thread.sleep(100);
                continue;
            }
            if (transientFailure(call)) {
                Thread.sleep(200);
                continue;
            }
            if (call.status() != 200) {
                failures.add("call at window " + w.number + ": " + call);
                return;
            }
            JsonNode t = JSON.readTree(call.body());
            long id = t.get("id").asLong();
            if ("CALLED".equals(t.get("status").asText())) {
                Answer start = api.post("/api/v1/queue/tickets/" + id + "/start", "");
                if (start.status() != 200) {
                    if (!transientFailure(start) && start.status() != 409) {
                        failures.add("start " + t.get("number") + ": " + start);
                    }
                    continue;
                }
            }
            Answer finish = api.post("/api/v1/queue/tickets/" + id + "/finish", "");
            if (finish.status() == 200) {
                if (!finished.add(id)) {
                    failures.add("finish of " + t.get("number") + " acknowledged twice");
                }
                onFinished.run();
            } else if (!transientFailure(finish) && finish.status() != 409) {
                failures.add("finish " + t.get("number") + ": " + finish);
            }
        }
        failures.add("window " + w.number + " still serving after 5 minutes");
    }

    /** What a client sees while a node dies under it: no answer, or the balancer's 502/503/504. */
    private static boolean transientFailure(Answer r) {
        return r.status() == HallApi.NO_ANSWER || r.status() == 502 || r.status() == 503 || r.status() == 504;
    }

    private void boardFollowsACall(LoadBalancer lb, HallApi api, Window w) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> board = http.send(HttpRequest.newBuilder(URI.create(lb.baseUrl() + "/api/v1/queue/follow/DEMO/board/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, board.statusCode());
        Answer issued = api.post("/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + w.services.get(0) + "\"}");
        assertEquals(201, issued.status(), issued.body());
        String number = JSON.readTree(issued.body()).get("ticket").get("number").asText();
        CountDownLatch seen = new CountDownLatch(1);
        Thread reader = new Thread(() -> board.body().forEach(line -> {
            if (line.startsWith("data:") && line.contains("\"" + number + "\"")) {
                seen.countDown();
            }
        }), "board-through-lb");
        reader.setDaemon(true);
        reader.start();
        Answer call = api.post("/api/v1/queue/windows/" + w.id + "/call", "");
        assertEquals(200, call.status(), call.body());
        assertTrue(seen.await(5, TimeUnit.SECONDS), "the board through the balancer shows " + number + " called");
        board.body().close();
        JsonNode t = JSON.readTree(call.body());
        api.post("/api/v1/queue/tickets/" + t.get("id").asLong() + "/start", "");
        api.post("/api/v1/queue/tickets/" + t.get("id").asLong() + "/finish", "");
    }

    record Window(long id, int number, List<String> services) {
    }

    /** The demo hall's windows (through a balancer or from one node), once every sector has filled them. */
    static List<Window> awaitWindows(HallApi api) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String last = "";
        while (System.nanoTime() < deadline) {
            Answer r = api.get("/api/v1/sites/DEMO/windows");
            last = r.body();
            if (r.status() == 200 && last.contains("H-PHARM") && last.contains("TX-") && !last.contains("\"serviceCodes\":[]")) {
                List<Window> windows = new ArrayList<>();
                for (JsonNode w : JSON.readTree(last)) {
                    List<String> codes = new ArrayList<>();
                    w.get("serviceCodes").forEach(c -> codes.add(c.asText()));
                    windows.add(new Window(w.get("id").asLong(), w.get("number").asInt(), codes));
                }
                return windows;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo hall's windows were not filled: " + last);
    }

    private static HttpURLConnection open(LoadBalancer lb, String path, String cookie) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(lb.baseUrl() + path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(3000);
        c.setReadTimeout(15000);
        if (cookie != null) {
            c.setRequestProperty("Cookie", cookie);
        }
        return c;
    }

    private static String nodeOf(LoadBalancer lb, String path, String cookie) throws Exception {
        HttpURLConnection c = open(lb, path, cookie);
        assertEquals(200, c.getResponseCode(), path);
        String node = c.getHeaderField(LoadBalancer.NODE_HEADER);
        c.disconnect();
        return node;
    }

    /** The affinity cookie the balancer gives a browser's first request. */
    private static String affinityCookie(LoadBalancer lb, String path) throws Exception {
        HttpURLConnection c = open(lb, path, null);
        assertEquals(200, c.getResponseCode(), path);
        // HAProxy writes header names in lower case, and the connection may fold several Set-Cookie headers into one value
        Matcher m = Pattern.compile(LoadBalancer.AFFINITY_COOKIE + "=([A-Za-z0-9_-]+)").matcher(String.valueOf(c.getHeaderFields()));
        if (m.find()) {
            return LoadBalancer.AFFINITY_COOKIE + "=" + m.group(1);
        }
        throw new AssertionError("no " + LoadBalancer.AFFINITY_COOKIE + " cookie: " + c.getHeaderFields());
    }
}
