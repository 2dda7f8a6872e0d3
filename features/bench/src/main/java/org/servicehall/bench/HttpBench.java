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
 * display boards show it, until 5,000 phones following their tickets hear their new position, and
 * until 200 Vaadin display boards (each its own session, push websocket and poll) show it.
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
        run(seconds, phones, false);
    }

    /** @param vaadinBoardsOnly only the 200 Vaadin boards (for working on them) */
    static void run(int seconds, int phones, boolean vaadinBoardsOnly) throws Exception {
        Path work = Files.createTempDirectory("servicehall-bench-dist");
        try (Distribution hall = Distribution.start(work, PASSWORD,
                Map.of("org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30")))) {
            HttpBench bench = new HttpBench(hall);
            bench.ready();
            if (vaadinBoardsOnly) {
                bench.vaadinBoards(200, 40);
                return;
            }
            bench.boards(200, 40);
            bench.vaadinBoards(200, 40);
            // last: the phones' tickets stay in the queue ahead of anything issued later
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
        // the attendance area's REST resources may come up a moment after the queue's
        while (hall.status("/api/v1/attendance/DEMO/posts") == 404) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the attendance API did not come up:\n" + hall.logTail());
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

    /** Calls the next ticket at the window; its id. */
    private String call(long window) throws Exception {
        String called = post("/api/v1/queue/windows/" + window + "/call", null);
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(called);
        id.find();
        return id.group(1);
    }

    private void finish(String ticketId) throws Exception {
        post("/api/v1/queue/tickets/" + ticketId + "/start", null);
        post("/api/v1/queue/tickets/" + ticketId + "/finish", null);
    }

    /**
     * Five warm-up calls, then {@code calls} measured ones at window 1: each a new ticket, called
     * (its number and call time put into {@code expected} first), served a moment later.
     *
     * @return how long each measured call request took until answered
     */
    private List<Long> callSeries(long window, int calls, long pauseMs, Map<String, Long> expected) throws Exception {
        for (int i = 0; i < 5; i++) {
            issue("TX-INVOICE");
            String id = call(window);
            Thread.sleep(pauseMs);
            finish(id);
        }
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String number = issue("TX-INVOICE");
            Thread.sleep(50);
            long at = System.nanoTime();
            expected.put(number, at);
            String id = call(window);
            requests.add(System.nanoTime() - at);
            Thread.sleep(pauseMs);
            finish(id);
        }
        return requests;
    }

    void boards(int clients, int calls) throws Exception {
        long window = window1();
        int reconnectsBefore = reconnects.get();
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
        callSeries(window, calls, 150, expected);
        Thread.sleep(2000);
        // a board that lost its stream (the REST application rebuilt when a bundle came or went) reconnects
        // 200 ms later, as a browser's EventSource does, and misses the calls of that moment
        report("Boards: call -> board shows it, " + clients + " light boards (SSE), " + calls + " calls, "
                + (reconnects.get() - reconnectsBefore) + " reconnects", latencies, clients * calls, 200);
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
            call(window);
            Thread.sleep(2500);
            // every follower of the called ticket's service moves one place; the called one changes status
            expectedEvents += phones / services.size() - i / services.size();
        }
        report(String.format(Locale.ROOT, "Followers: call -> phone hears its new position, %d phones (SSE), %d calls; RSS %d -> %d MiB (+%d MiB); %d reconnects",
                phones, calls, rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / 1024, reconnects.get()), latencies, expectedEvents, 1000);
    }

    /**
     * 200 Vaadin display boards, each as a TV's browser holds it: its own HTTP session, the UI's
     * bootstrap and navigation to /board, the push websocket, and the poll every two seconds the
     * board asks for (so other nodes' calls show) — spoken in Vaadin Flow's own client protocol,
     * without a browser per board. A board has shown a call when its "data-calls" attribute holds
     * the number, by push or by a poll's answer, whichever comes first.
     */
    void vaadinBoards(int clients, int calls) throws Exception {
        long window = window1();
        Map<String, Long> expected = new ConcurrentHashMap<>(); // number -> call time
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger byPush = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger byPoll = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        long rssBefore = hall.residentKib();
        long openStart = System.nanoTime();
        List<VaadinBoard> boards = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Map<String, Boolean> seen = new ConcurrentHashMap<>();
                VaadinBoard b = new VaadinBoard(timer, (text, pushed) -> {
                    long now = System.nanoTime();
                    expected.forEach((number, at) -> {
                        if (text.contains(number + "@") && seen.putIfAbsent(number, true) == null) {
                            latencies.add(now - at);
                            (pushed ? byPush : byPoll).incrementAndGet();
                        }
                    });
                });
                b.open();
                boards.add(b);
            }
            System.out.printf(Locale.ROOT, "Vaadin boards: %d sessions opened (bootstrap, navigation, push websocket) in %.1f s%n", clients,
                    (System.nanoTime() - openStart) / 1e9);
            Thread.sleep(3000);
            long rssAfter = hall.residentKib();
            List<Long> requests = callSeries(window, calls, 300, expected);
            Thread.sleep(2500);
            double[] request = percentiles(requests);
            System.out.printf(Locale.ROOT, "Vaadin boards: the desk's call request itself (REST, until answered) with %d boards open: "
                    + "p50 %.0f ms, p99 %.0f ms%n", clients, request[0], request[1]);
            System.out.printf(Locale.ROOT, "Vaadin boards: first seen by push %d times, by a poll's answer %d times%n", byPush.get(),
                    byPoll.get());
            int failed = (int) boards.stream().filter(b -> b.failure != null).count();
            report(String.format(Locale.ROOT, "Vaadin boards: call -> board shows it, %d Vaadin sessions (push + 2 s poll), %d calls; RSS %d -> %d MiB "
                    + "(+%d MiB); %d sessions failed%s", clients, calls, rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / 1024, failed,
                    failed == 0 ? "" : " (first: " + boards.stream().filter(b -> b.failure != null).findFirst().get().failure + ")"),
                    latencies, clients * calls, 200);
        } finally {
            timer.shutdownNow();
            boards.forEach(VaadinBoard::close);
        }
    }

    /** One Vaadin board session in Vaadin Flow's client protocol (bootstrap JSON, UIDL requests, Atmosphere websocket). */
    private final class VaadinBoard {
        private final java.util.concurrent.ScheduledExecutorService timer;
        private final java.util.function.BiConsumer<String, Boolean> onText;
        private String cookie;
        private String csrf;
        private int clientId;
        private int syncId;
        private java.net.http.WebSocket socket;
        private final StringBuilder frame = new StringBuilder();
        private volatile boolean closed;
        volatile String failure;

        /** @param onText each message from the server, and whether it came by push (else a poll's answer) */
        VaadinBoard(java.util.concurrent.ScheduledExecutorService timer, java.util.function.BiConsumer<String, Boolean> onText) {
            this.timer = timer;
            this.onText = onText;
        }

        void open() throws Exception {
            HttpResponse<String> init = client.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/?v-r=init&location=board&query=site%3DDEMO"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            cookie = String.join("; ", init.headers().allValues("set-cookie").stream().map(c -> c.split(";", 2)[0]).toList());
            csrf = group(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            String pushId = group(init.body(), "\"Vaadin-Push-ID\":\"([^\"]+)\"");
            String navigated = uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"board\","
                    + "\"query\":\"site=DEMO\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            if (!navigated.contains("board-current")) {
                throw new IllegalStateException("the board did not open: " + navigated);
            }
            String ws = hall.baseUrl().replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
            socket = client.newWebSocketBuilder().header("Cookie", cookie).buildAsync(URI.create(ws), new java.net.http.WebSocket.Listener() {
                @Override
                public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w, CharSequence data, boolean last) {
                    frame.append(data);
                    if (last) {
                        answered(frame.toString());
                        onText.accept(frame.toString(), true);
                        frame.setLength(0);
                    }
                    w.request(1);
                    return null;
                }

                @Override
                public void onError(java.net.http.WebSocket w, Throwable error) {
                    failure = "push: " + error;
                }
            }).get(30, TimeUnit.SECONDS);
            timer.schedule(this::poll, (long) (Math.random() * LiveViewPollMs), TimeUnit.MILLISECONDS);
        }

        /** The board's poll (UI poll interval 2 s): one UIDL request, the next two seconds after its answer. */
        private void poll() {
            if (closed) {
                return;
            }
            HttpRequest request = uidlRequest("{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}");
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    failure = "poll: " + (error != null ? error : response.statusCode() + " " + response.body());
                    return;
                }
                answered(response.body());
                onText.accept(response.body(), false);
                timer.schedule(this::poll, LiveViewPollMs, TimeUnit.MILLISECONDS);
            });
        }

        private String uidl(String rpc) throws Exception {
            HttpResponse<String> r = client.send(uidlRequest(rpc), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("UIDL request answered " + r.statusCode() + ": " + r.body());
            }
            answered(r.body());
            return r.body();
        }

        private HttpRequest uidlRequest(String rpc) {
            return uidlRequest(rpc, "");
        }

        private synchronized HttpRequest uidlRequest(String rpc, String more) {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId
                    + more + "}";
            return HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/?v-r=uidl&v-uiId=0")).header("Cookie", cookie)
                    .header("Content-Type", "application/json; charset=UTF-8").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        /** The server numbers its messages (syncId) and names the id it expects of the next client message. */
        private synchronized void answered(String body) {
            Matcher m = CLIENT_ID.matcher(body);
            if (m.find()) {
                clientId = Math.max(clientId, Integer.parseInt(m.group(1)));
            }
            Matcher sync = SYNC_ID.matcher(body);
            while (sync.find()) {
                syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
            }
        }

        /** The page is left: the unload beacon a browser sends closes the UI on the server, then the socket. */
        void close() {
            closed = true;
            try {
                client.send(uidlRequest("", ",\"UNLOAD\":true"), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                failure = "unload: " + e;
            }
            if (socket != null) {
                socket.abort();
            }
        }
    }

    private static final long LiveViewPollMs = 2000;
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    private static void report(String what, List<Long> nanos, int expected, long targetP99Ms) {
        if (nanos.isEmpty()) {
            System.out.println(what + ": no events arrived");
            return;
        }
        double[] p = percentiles(nanos);
        System.out.printf(Locale.ROOT, "%s: %d of ~%d updates arrived; p50 %.0f ms, p99 %.0f ms (target p99 <= %d ms)%n", what,
                nanos.size(), expected, p[0], p[1], targetP99Ms);
    }

    /** p50 and p99 in milliseconds of durations in nanoseconds (not empty). */
    private static double[] percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new double[] { sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6 };
    }
}
