package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.testing.Distribution;

/**
 * Issue 10 #6: a cycle of components (the queue's dynamic extension points ← the areas above that
 * plug into them and also use the queue) closed now and then at a start or a live configuration
 * change; the rating follow-up then stayed unbound and finished visits had no rating link (P1) until
 * the next restart. The real distribution is started twice on the same installation (a fresh start
 * and a restart) and reconfigured live three times in each run (the queue's and the complaint area's
 * files, as an operator edits them); each time every ServiceHall component must work and hold the
 * services registered for it ({@code /api/health}), karaf.log must not report a component cycle,
 * and a visit finished then must get its rating link. {@link ComponentCyclesTest} is the same rule
 * without depending on the order in which a run happens to bind components.
 */
class RestartAndReconfigureIT {
    private static final String PASSWORD = "Restart-Cycle-Pass-6";
    /** Window 1's id and its first service. */
    private static final Pattern WINDOW_1 = Pattern.compile(
            "\"id\":(\\d+),\"siteId\":\\d+,\"number\":1,\"name\":\"[^\"]*\",\"serviceCodes\":\\[\"([A-Z0-9-]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]+\\d+)\"");
    private static final Pattern CYCLE = Pattern.compile("resulted in a cycle|Circular reference detected|Service factory returned null");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final List<String> checked = new ArrayList<>();

    @Test
    void everyComponentWorksAndFinishedVisitsGetTheirRatingLinkAcrossRestartsAndLiveEdits_P1() throws Exception {
        long t0 = System.nanoTime();
        Path home = work.resolve("hall");
        int edit = 0;
        for (int start = 1; start <= 2; start++) {
            // a Monday, later at each start so the clock-in of the first start stays in the past
            Map<String, Map<String, String>> config = Map.of("org.servicehall.clock.cfg",
                    Map.of("zone", "Asia/Shanghai", "startAt", String.format("2026-11-30T%02d:30", start + 8)));
            long s0 = System.nanoTime();
            try (Distribution hall = Distribution.start(home, PASSWORD, config)) {
                System.out.println("MEASURE start " + start + " (" + (start == 1 ? "fresh" : "restart") + ") -> console answers: "
                        + hall.startup().toMillis() + " ms");
                if (start == 1) {
                    awaitDemoFilled(hall);
                    post(hall, "/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D001\",\"window\":1}", 200);
                }
                check(hall, "start " + start);
                System.out.println("MEASURE start " + start + " -> checked: " + (System.nanoTime() - s0) / 1_000_000 + " ms");
                for (int i = 0; i < 3; i++) {
                    edit++;
                    long e0 = System.nanoTime();
                    if (edit % 2 == 1) {
                        int over = 10 + edit;
                        editConfig(hall, "org.servicehall.queue.cfg", "alertWaitingOver", String.valueOf(over));
                        await("the queue takes alertWaitingOver = " + over, Duration.ofSeconds(20),
                                () -> send(hall, "GET", "/api/v1/queue/sites/DEMO/settings", null).body()
                                        .contains("\"alertWaitingOver\":" + over + ","));
                    } else {
                        String reason = "Edit-" + edit;
                        editConfig(hall, "org.servicehall.complaint.cfg", "ratingReasons", reason);
                        await("the complaint area takes ratingReasons = " + reason, Duration.ofSeconds(20),
                                () -> hall.get("/api/v1/complaint/reasons").contains(reason));
                    }
                    check(hall, "edit " + edit + " (start " + start + ")");
                    System.out.println("MEASURE edit " + edit + " -> checked: " + (System.nanoTime() - e0) / 1_000_000 + " ms");
                }
            }
        }
        assertEquals(8, checked.size(), String.join(", ", checked));
        System.out.println("MEASURE 2 starts and 6 live edits, each checked: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** Every ServiceHall component works, no cycle was logged, and a visit finished now gets its rating link. */
    private void check(Distribution hall, String when) throws Exception {
        String[] health = new String[1];
        await(when + ": /api/health lists every ServiceHall component working", Duration.ofSeconds(20), () -> {
            health[0] = hall.get("/api/health");
            // and the REST application of this moment serves the areas used below
            return health[0].contains("\"status\":\"UP\"") && health[0].contains("\"components\":[]")
                    && hall.status("/api/v1/sites/DEMO/windows") == 200 && hall.status("/api/v1/complaint/reasons") == 200
                    && hall.status("/api/v1/queue/sites/DEMO/board") == 200;
        }, () -> health[0]);
        String log = Files.readString(hall.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        Matcher cycle = CYCLE.matcher(log);
        if (cycle.find()) {
            int at = cycle.start();
            fail(when + ": karaf.log reports a component cycle:\n" + log.substring(Math.max(0, at - 300), Math.min(log.length(), at + 700)));
        }

        Matcher w = WINDOW_1.matcher(hall.get("/api/v1/sites/DEMO/windows"));
        assertTrue(w.find(), "window 1 and its first service");
        String issued = post(hall, "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + w.group(2) + "\"}", 201);
        Matcher n = NUMBER.matcher(issued);
        assertTrue(n.find(), issued);
        String number = n.group(1);
        // the tickets of earlier checks are finished: the next call is this one
        HttpResponse<String> call = send(hall, "POST", "/api/v1/queue/windows/" + w.group(1) + "/call", "");
        assertEquals(200, call.statusCode(), when + ": call at window 1: " + call.body());
        String called = call.body();
        assertTrue(called.contains("\"number\":\"" + number + "\""), when + ": window 1 calls " + number + ": " + called);
        Matcher id = ID.matcher(called);
        assertTrue(id.find(), called);
        post(hall, "/api/v1/queue/tickets/" + id.group(1) + "/start", "", 200);
        post(hall, "/api/v1/queue/tickets/" + id.group(1) + "/finish", "", 200);
        String[] after = new String[1];
        await(when + ": the finished visit " + number + " offers its rating link (P1)", Duration.ofSeconds(10), () -> {
            after[0] = hall.get("/api/v1/queue/follow/DEMO/" + number + "/after");
            return after[0].contains("\"rate\":\"/api/v1/complaint/public/rate/" + id.group(1) + "?t=");
        }, () -> after[0] + "\n" + hall.get("/api/health"));
        checked.add(when);
    }

    /** The node serves the demo hall with its windows filled, and the queue and attendance APIs answer. */
    private static void awaitDemoFilled(Distribution hall) throws InterruptedException {
        await("the demo hall is filled", Duration.ofSeconds(60), () -> {
            String windows = hall.get("/api/v1/sites/DEMO/windows");
            return windows.contains("TX-") && !windows.contains("\"serviceCodes\":[]") && hall.status("/api/v1/queue/sites/DEMO/board") == 200
                    && hall.status("/api/v1/attendance/DEMO/posts") == 401;
        });
    }

    /** Sets one key of a file in etc/ while the node runs, as an operator edits it (Karaf picks the change up live). */
    private static void editConfig(Distribution hall, String file, String key, String value) throws IOException {
        Path cfg = hall.home().resolve("etc").resolve(file);
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8)) : new ArrayList<>();
        lines.removeIf(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="));
        lines.add(key + " = " + value);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        await(what, timeout, condition, () -> "");
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        fail(what + " within " + timeout.toSeconds() + " s; last seen: " + seen.get());
    }

    private HttpResponse<String> send(Distribution hall, String method, String path, String json) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth);
            if (json == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String post(Distribution hall, String path, String json, int expected) {
        HttpResponse<String> r = send(hall, "POST", path, json);
        assertEquals(expected, r.statusCode(), path + ": " + r.body());
        return r.body();
    }
}
