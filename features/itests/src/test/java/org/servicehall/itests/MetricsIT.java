package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.testing.Distribution;

/**
 * Issue 17 (metrics): the real distribution serves Prometheus' text format at {@code /api/metrics}
 * to a scraper with the configured token (Micrometer and the Prometheus client resolve inside the
 * metrics bundle), and the figures are the hall's: a ticket issued through REST raises the issued
 * counter and the waiting gauge of its site and service by one, the issuing operation is timed under
 * its path template, the windows, staffing and casework gauges are there, and so are the JVM's.
 */
class MetricsIT {
    private static final String PASSWORD = "Metrics-Scrape-Pass-7";
    private static final String TOKEN = "scrape-token-for-the-metrics-it";
    private static final Pattern WINDOW_1 = Pattern.compile(
            "\"id\":(\\d+),\"siteId\":\\d+,\"number\":1,\"name\":\"[^\"]*\",\"serviceCodes\":\\[\"([A-Z0-9-]+)\"");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aTicketIssuedThroughRestShowsInTheScrapedCountersAndGauges_Q1_Q10() throws Exception {
        Map<String, Map<String, String>> config = Map.of(
                "org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30"),
                "org.servicehall.metrics.cfg", Map.of("scrapeToken", TOKEN, "figuresMaxAgeSeconds", "0"));
        try (Distribution hall = Distribution.start(work.resolve("hall"), PASSWORD, config)) {
            await("the demo hall is filled", Duration.ofSeconds(60), () -> {
                String windows = hall.get("/api/v1/sites/DEMO/windows");
                return windows.contains("TX-") && !windows.contains("\"serviceCodes\":[]");
            });
            HttpResponse<String> refused = send(hall, "GET", "/api/metrics", null, null);
            assertEquals(401, refused.statusCode(), "no credentials: asked for them (issue 16), " + refused.body());
            assertFalse(refused.body().contains("servicehall_"), refused.body());

            Matcher w = WINDOW_1.matcher(hall.get("/api/v1/sites/DEMO/windows"));
            assertTrue(w.find(), "window 1 and its first service");
            String service = w.group(2);
            String labels = "{service=\"" + service + "\",site=\"DEMO\"}";

            long s0 = System.nanoTime();
            String before = scrape(hall);
            long scrapeMillis = (System.nanoTime() - s0) / 1_000_000;
            double issuedBefore = value(before, "servicehall_tickets_issued_total" + labels, 0);
            double waitingBefore = value(before, "servicehall_queue_waiting" + labels, -1);
            assertTrue(waitingBefore >= 0, "the waiting gauge of " + service + " at DEMO:\n" + grep(before, "servicehall_queue_waiting"));

            HttpResponse<String> issued = send(hall, "POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + service + "\"}",
                    "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            assertEquals(201, issued.statusCode(), issued.body());

            // events reach the counters through EventAdmin, after the commit and asynchronously
            String[] seen = new String[1];
            await("the issued counter counts the ticket", Duration.ofSeconds(10), () -> {
                seen[0] = scrape(hall);
                return value(seen[0], "servicehall_tickets_issued_total" + labels, 0) > issuedBefore;
            });
            String after = seen[0];
            assertEquals(issuedBefore + 1, value(after, "servicehall_tickets_issued_total" + labels, 0), grep(after, "servicehall_tickets"));
            assertEquals(waitingBefore + 1, value(after, "servicehall_queue_waiting" + labels, -1), grep(after, "servicehall_queue_waiting"));
            assertTrue(value(after, "servicehall_queue_longest_wait_seconds" + labels, -1) >= 0, grep(after, "longest_wait"));
            assertTrue(value(after,
                    "servicehall_http_server_requests_seconds_count{method=\"POST\",operation=\"/v1/queue/sites/{site}/tickets\",status=\"201\"}",
                    0) >= 1, grep(after, "servicehall_http_server_requests_seconds_count"));
            assertTrue(value(after, "servicehall_windows_open{site=\"DEMO\"}", -1) >= 1, grep(after, "servicehall_windows"));
            // attendance's and casework's figures: their services were bound to the gauges
            assertTrue(value(after, "servicehall_windows_staffed{site=\"DEMO\"}", -1) >= 0, grep(after, "servicehall_windows"));
            assertTrue(value(after, "servicehall_cases_open{light=\"red\",site=\"DEMO\"}", -1) >= 0, grep(after, "servicehall_cases"));
            // the shared DataSource's HikariCP pool (pax-jdbc pool=hikari)
            assertTrue(after.contains("servicehall_db_pool_connections{pool=") && after.contains("servicehall_db_pool_pending{pool="),
                    grep(after, "servicehall_db_pool"));
            assertFalse(after.contains("servicehall_figures_failed"), grep(after, "servicehall_figures_failed"));
            for (String jvm : new String[] { "jvm_threads_live_threads ", "jvm_memory_used_bytes{", "jvm_gc_", "process_uptime_seconds ",
                    "process_cpu_usage " }) {
                assertTrue(after.contains(jvm), jvm + " in the scrape");
            }
            String log = Files.readString(hall.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
            assertFalse(log.contains("servicehall-metrics") && log.contains("Unable to resolve servicehall-metrics"), "the metrics bundle resolved");
            long[] millis = new long[5];
            for (int i = 0; i < millis.length; i++) {
                long t = System.nanoTime();
                scrape(hall); // figuresMaxAgeSeconds = 0: each one reads the sites' figures again
                millis[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.println("MEASURE metrics: first scrape " + scrapeMillis + " ms, then median " + millis[2] + " ms (max "
                    + millis[4] + " ms) each reading every site's figures; " + after.length() + " bytes, "
                    + after.lines().filter(l -> !l.startsWith("#")).count() + " series");
        }
    }

    private String scrape(Distribution hall) {
        HttpResponse<String> r = send(hall, "GET", "/api/metrics", null, "Bearer " + TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().map().toString());
        return r.body();
    }

    /** The value of one series (name with its labels in Prometheus' order), or {@code absent} when it is not there. */
    private static double value(String text, String series, double absent) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return absent;
    }

    private static String grep(String text, String part) {
        StringBuilder b = new StringBuilder();
        text.lines().filter(l -> l.contains(part)).limit(40).forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        fail(what + " within " + timeout.toSeconds() + " s");
    }

    private HttpResponse<String> send(Distribution hall, String method, String path, String json, String authorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
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
}
