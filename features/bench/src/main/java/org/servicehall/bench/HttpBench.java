package org.servicehall.bench;

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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.testing.Distribution;

/**
 * Latencies through the running distribution: a call made over the REST API until 200 light
 * display boards show it, and until 5,000 phones following their tickets hear their new position.
 */
final class HttpBench {
    private static final String PASSWORD = "Bench-Hall-Pass-9";
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]+[0-9]+)\"");

    private final Distribution hall;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final java.util.concurrent.atomic.AtomicInteger reconnects = new java.util.concurrent.atomic.AtomicInteger();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private HttpBench(Distribution hall) {
        this.hall = hall;
    }

    static void run(int seconds, int phones) throws Exception {
        Path work = Files.createTempDirectory("servicehall-bench-dist");
        try (Distribution hall = Distribution.start(work, PASSWORD,
                Map.of("org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30")))) {
            HttpBench bench = new HttpBench(hall);
            bench.ready();
            bench.boards(200, 40);
            bench.followers(phones, 10);
        }
    }

    /**
     * Waits until the queue's REST resources answer and the tax counter serves its items, then signs
     * staff member D001 in at window 1 (A4: a window calls only with its staff at the post).
     */
    private void ready() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!(hall.status("/api/v1/queue/sites/DEMO/board") == 200 && hall.get("/api/v1/sites/DEMO/windows").contains("TX-INVOICE"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the demo hall's queue did not come up:\n" + hall.logTail());
            }
            Thread.sleep(250);
        }
        post("/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D001\",\"window\":1}");
    }

    private String post(String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30));
        b = json == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300 && r.statusCode() != 204) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private String issue(String service) throws Exception {
        String body = post("/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + service + "\"}");
        Matcher m = NUMBER.matcher(body);
        m.find();
        return m.group(1);
    }

    /**
     * Opens a server-sent event stream; each "data:" line goes to the consumer. A refused or broken
     * connection is opened again after a moment, as a browser's EventSource does.
     */
    private void listen(String path, Consumer<String> onData) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).header("Accept", "text/event-stream").build();
        Runnable again = () -> {
            reconnects.incrementAndGet();
            java.util.concurrent.CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> listen(path, onData));
        };
        client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                if (line.startsWith("data:")) {
                    onData.accept(line.substring(5));
                }
            }

            @Override
            public void onError(Throwable t) {
                again.run();
            }

            @Override
            public void onComplete() {
            }
        })).exceptionally(failure -> {
            again.run();
            return null;
        });
    }

    /** Window 1 (the tax counter) serves the tax hall's items in the demo hall. */
    private long window1() throws Exception {
        String windows = hall.get("/api/v1/sites/DEMO/windows");
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"siteId\":\\d+,\"number\":1,").matcher(windows);
        if (!m.find()) {
            throw new IllegalStateException("no window 1 in " + windows);
        }
        return Long.parseLong(m.group(1));
    }

    private String callAndServe(long window, String unused) throws Exception {
        return callAndServe(window);
    }

    private String callAndServe(long window) throws Exception {
        String called = post("/api/v1/queue/windows/" + window + "/call", null);
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(called);
        id.find();
        return id.group(1);
    }

    private void finish(String ticketId) throws Exception {
        post("/api/v1/queue/tickets/" + ticketId + "/start", null);
        post("/api/v1/queue/tickets/" + ticketId + "/finish", null);
    }

    void boards(int clients, int calls) throws Exception {
        long window = window1();
        Map<String, Long> expected = new ConcurrentHashMap<>(); // number -> call time
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch connected = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Map<String, Boolean> seen = new ConcurrentHashMap<>();
            boolean[] first = { true };
            listen("/api/v1/queue/follow/DEMO/board/events", data -> {
                long now = System.nanoTime();
                if (first[0]) {
                    first[0] = false;
                    connected.countDown();
                }
                int current = data.indexOf("\"current\"");
                int recent = data.indexOf("\"recent\"");
                String head = current >= 0 && recent > current ? data.substring(current, recent) : "";
                expected.forEach((number, at) -> {
                    if (head.contains("\"" + number + "\"") && seen.putIfAbsent(number, true) == null) {
                        latencies.add(now - at);
                    }
                });
            });
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (clients - connected.getCount()) + " boards connected");
        }
        for (int i = 0; i < 5; i++) { // warm-up, not measured
            String id = callAndServe(window, issue("TX-INVOICE"));
            Thread.sleep(150);
            finish(id);
        }
        for (int i = 0; i < calls; i++) {
            String number = issue("TX-INVOICE");
            Thread.sleep(50);
            expected.put(number, System.nanoTime());
            String id = callAndServe(window, number);
            Thread.sleep(150);
            finish(id);
        }
        Thread.sleep(2000);
        report("Boards: call -> board shows it, " + clients + " light boards (SSE), " + calls + " calls", latencies, clients * calls, 200);
    }

    void followers(int phones, int calls) throws Exception {
        long window = window1();
        List<String> services = List.of("TX-FILING", "TX-REG-SETUP", "TX-REG-CHANGE", "TX-REG-CANCEL");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            numbers.add(issue(services.get(i % services.size())));
        }
        long rssBefore = hall.residentKib();
        Map<String, Long> callAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch connected = new CountDownLatch(phones);
        long[] epoch = { 0 };
        for (String number : numbers) {
            boolean[] first = { true };
            listen("/api/v1/queue/follow/DEMO/" + number + "/events", data -> {
                long now = System.nanoTime();
                if (first[0]) {
                    first[0] = false;
                    connected.countDown();
                    return;
                }
                if (epoch[0] != 0) {
                    latencies.add(now - epoch[0]);
                }
            });
        }
        long connectStart = System.nanoTime();
        if (!connected.await(600, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (phones - connected.getCount()) + " followers connected in 10 min ("
                    + reconnects.get() + " reconnects)");
        }
        System.out.printf(Locale.ROOT, "Followers: %d phones connected in %.1f s (%d reconnects)%n", phones,
                (System.nanoTime() - connectStart) / 1e9, reconnects.get());
        Thread.sleep(3000);
        long rssAfter = hall.residentKib();
        int expectedEvents = 0;
        for (int i = 0; i < calls; i++) {
            epoch[0] = System.nanoTime();
            callAt.put(String.valueOf(i), epoch[0]);
            callAndServe(window);
            Thread.sleep(2500);
            // every follower of the called ticket's service moves one place; the called one changes status
            expectedEvents += phones / services.size() - i / services.size();
        }
        report(String.format(Locale.ROOT, "Followers: call -> phone hears its new position, %d phones (SSE), %d calls; RSS %d -> %d MiB (+%d MiB); %d reconnects",
                phones, calls, rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / 1024, reconnects.get()), latencies, expectedEvents, 1000);
    }

    private static void report(String what, List<Long> nanos, int expected, long targetP99Ms) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(what + ": no events arrived");
            return;
        }
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %d of ~%d updates arrived; p50 %.0f ms, p99 %.0f ms (target p99 <= %d ms)%n", what,
                sorted.size(), expected, p50, p99, targetP99Ms);
    }
}
