package org.servicehall.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.testing.HallApi.Answer;

/**
 * Issue 17's operations benches on the real distribution and PostgreSQL (not tests; {@code ./bench.sh}):
 * <ul>
 * <li>{@code --history N}: visits per second (issue, call, start, finish through the REST API at the
 * demo hall's six windows) on an empty database and with N historical tickets (two years of a large
 * hall) in {@code sh_ticket}, two nodes measured in alternating rounds in one run; the target is at
 * least 0.9 of the empty figure;</li>
 * <li>{@code --soak M [--rate R]}: M minutes at R visits per second (default: half the maximum measured
 * first), sampling the node's memory, threads, database connections and response times every 30 s;
 * at the end every acknowledged ticket is DONE.</li>
 * </ul>
 */
public final class OpsBench {
    private static final String PASSWORD = "Ops-Bench-Pass-1";
    private static final Pattern WINDOW = Pattern.compile("\"id\":(\\d+),\"siteId\":\\d+,\"number\":(\\d+),\"name\":\"[^\"]*\",\"serviceCodes\":\\[\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Map<String, Map<String, String>> CLOCK = Map.of("org.servicehall.clock.cfg",
            Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30"));

    private OpsBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        if (a.contains("--history")) {
            history(Long.parseLong(a.get(a.indexOf("--history") + 1)), seconds(a, 30));
        } else if (a.contains("--soak")) {
            double minutes = Double.parseDouble(a.get(a.indexOf("--soak") + 1));
            soak(minutes, a.contains("--rate") ? Double.parseDouble(a.get(a.indexOf("--rate") + 1)) : 0);
        } else {
            throw new IllegalArgumentException("--history N [--seconds S] | --soak MINUTES [--rate R]");
        }
        System.exit(0);
    }

    private static int seconds(List<String> a, int otherwise) {
        return a.contains("--seconds") ? Integer.parseInt(a.get(a.indexOf("--seconds") + 1)) : otherwise;
    }

    /** One window's staff member at work; its visits' times in ms. */
    private record Window(long id, int number, String service) {
    }

    private record Run(long visits, double perSecond, List<Long> millis, Set<Long> done) {
        long percentile(double p) {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
        }
    }

    /**
     * Two nodes, one on an empty database and one on a database holding {@code tickets} historical
     * tickets, both running; then rounds of {@code seconds / ROUNDS} seconds on each in turn, so that
     * whatever else the machine does weighs on both alike (one run of each, one after the other, gave
     * ratios of 0.64 and 1.61 on a machine with other builds running). The ratio is of the visits
     * per second summed over the rounds.
     */
    static void history(long tickets, int seconds) throws Exception {
        try (PostgresDatabase emptyDb = PostgresDatabase.create("servicehall_bench_history_empty");
                PostgresDatabase fullDb = PostgresDatabase.create("servicehall_bench_history")) {
            Path work = Files.createTempDirectory("servicehall-bench-history");
            try (Distribution full = Distribution.start(work.resolve("full"), PASSWORD, config(fullDb))) {
                long t0 = System.nanoTime();
                try (Connection c = fullDb.connect(); Statement s = c.createStatement()) {
                    // two years of closed visits before the bench's Monday, spread over the demo hall's services and windows
                    s.execute("INSERT INTO sh_ticket (site_id, service_code, ticket_number, seq, business_date, priority, channel, status, issued_at, "
                            + "window_number, recalls, transfers) "
                            + "WITH ws AS (SELECT row_number() OVER (ORDER BY w.id, ws.service_code) - 1 AS k, w.site_id, ws.service_code, w.window_number "
                            + "FROM sh_window w JOIN sh_window_service ws ON ws.window_id = w.id), n AS (SELECT count(*) AS c FROM ws) "
                            + "SELECT ws.site_id, ws.service_code, 'H' || (g % 100000), g % 100000, DATE '2026-11-27' - (g / 14000)::int, 'NORMAL', 'KIOSK', "
                            + "'DONE', TIMESTAMP '2026-11-27 01:00' - make_interval(days => (g / 14000)::int), ws.window_number, 0, 0 "
                            + "FROM generate_series(1, " + tickets + ") g JOIN ws ON ws.k = g % (SELECT c FROM n)");
                    s.execute("ANALYZE sh_ticket");
                }
                long fillSeconds = (System.nanoTime() - t0) / 1_000_000_000;
                try (Distribution empty = Distribution.start(work.resolve("empty"), PASSWORD, config(emptyDb))) {
                    List<Window> emptyWindows = windows(empty);
                    List<Window> fullWindows = windows(full);
                    int round = Math.max(5, seconds / ROUNDS);
                    visits(empty, emptyWindows, 5, 0); // warm both up, uncounted: the first seconds of a node are its JIT's
                    visits(full, fullWindows, 5, 0);
                    List<Run> onEmpty = new ArrayList<>();
                    List<Run> onFull = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        onEmpty.add(visits(empty, emptyWindows, round, 0));
                        onFull.add(visits(full, fullWindows, round, 0));
                        System.out.printf(Locale.ROOT, "history round %d: empty %.1f visits/s, full %.1f visits/s%n", r + 1,
                                onEmpty.get(r).perSecond(), onFull.get(r).perSecond());
                    }
                    double e = onEmpty.stream().mapToDouble(Run::perSecond).sum() / ROUNDS;
                    double f = onFull.stream().mapToDouble(Run::perSecond).sum() / ROUNDS;
                    System.out.printf(Locale.ROOT, "MEASURE history: empty database %.1f visits/s (p99 %d ms); with %,d historical tickets (filled in"
                            + " %d s) %.1f visits/s (p99 %d ms), %d alternating rounds of %d s: ratio %.2f (target >= 0.90)%n", e,
                            p99(onEmpty), tickets, fillSeconds, f, p99(onFull), ROUNDS, round, f / e);
                }
            }
        }
    }

    private static final int ROUNDS = 3;

    private static Map<String, Map<String, String>> config(PostgresDatabase db) {
        Map<String, Map<String, String>> config = new HashMap<>(CLOCK);
        config.put(PostgresDatabase.DATASOURCE_CFG, db.dataSource());
        return config;
    }

    private static long p99(List<Run> runs) {
        return new Run(0, 0, runs.stream().flatMap(r -> r.millis().stream()).toList(), Set.of()).percentile(0.99);
    }

    static void soak(double minutes, double rate) throws Exception {
        try (PostgresDatabase db = PostgresDatabase.create("servicehall_bench_soak")) {
            try (Distribution node = Distribution.start(Files.createTempDirectory("servicehall-bench-soak"), PASSWORD, config(db))) {
                List<Window> windows = windows(node);
                if (rate <= 0) {
                    Run max = visits(node, windows, 20, 0);
                    rate = max.perSecond() / 2;
                    System.out.printf(Locale.ROOT, "soak: maximum %.1f visits/s; soaking at half, %.1f/s%n", max.perSecond(), rate);
                }
                long end = System.nanoTime() + (long) (minutes * 60e9);
                List<String> samples = new ArrayList<>();
                Set<Long> done = ConcurrentHashMap.newKeySet();
                long visits = 0;
                while (System.nanoTime() < end) {
                    int slice = (int) Math.max(5, Math.min(30, (end - System.nanoTime()) / 1_000_000_000));
                    Run r = visits(node, windows, slice, rate);
                    visits += r.visits();
                    done.addAll(r.done());
                    String sample = String.format(Locale.ROOT, "%s rss=%d MiB threads=%d connections=%d visits/s=%.1f p50=%d ms p99=%d ms",
                            Duration.ofSeconds((long) (minutes * 60) - (end - System.nanoTime()) / 1_000_000_000), node.residentKib() / 1024,
                            node.threads(), connections(db), r.perSecond(), r.percentile(0.5), r.percentile(0.99));
                    samples.add(sample);
                    System.out.println("soak " + sample);
                }
                long notDone;
                try (Connection c = db.connect(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM sh_ticket WHERE status <> 'DONE'")) {
                    rs.next();
                    notDone = rs.getLong(1);
                }
                System.out.println("MEASURE soak: " + minutes + " min at " + String.format(Locale.ROOT, "%.1f", rate) + " visits/s, " + visits
                        + " visits, " + done.size() + " finished (acknowledged), " + notDone + " tickets not DONE at the end; first " + samples.get(0)
                        + "; last " + samples.get(samples.size() - 1));
            }
        }
    }

    private static long connections(PostgresDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) - 1 FROM pg_stat_activity WHERE datname = '" + db.name() + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The demo hall's windows, each with its staff member clocked in, and one service each window serves. */
    private static List<Window> windows(Distribution node) throws Exception {
        HallApi api = new HallApi(node.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String body = api.get("/api/v1/sites/DEMO/windows").body();
            List<Window> windows = new ArrayList<>();
            Matcher m = WINDOW.matcher(body);
            while (m.find()) {
                windows.add(new Window(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
            }
            if (windows.size() >= 6 && body.contains("H-PHARM") && body.contains("TX-")) {
                for (Window w : windows) {
                    api.post("/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D00" + w.number() + "\",\"window\":" + w.number() + "}");
                }
                return windows;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the demo hall's windows did not fill");
    }

    /**
     * Visits for {@code seconds}: each window's staff member issues a ticket for its service and calls,
     * starts and finishes it, again and again; at most {@code rate} visits per second in all (0: as fast
     * as they go).
     */
    private static Run visits(Distribution node, List<Window> windows, int seconds, double rate) throws Exception {
        HallApi api = new HallApi(node.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(30));
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        Set<Long> done = ConcurrentHashMap.newKeySet();
        AtomicLong count = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        double perWindowNanos = rate <= 0 ? 0 : 1e9 * windows.size() / rate;
        ExecutorService pool = Executors.newFixedThreadPool(windows.size());
        List<Future<?>> futures = new ArrayList<>();
        for (Window w : windows) {
            futures.add(pool.submit(() -> {
                long next = System.nanoTime();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    Answer issued = api.post("/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + w.service() + "\"}");
                    Answer call = api.post("/api/v1/queue/windows/" + w.id() + "/call", "");
                    Matcher id = ID.matcher(call.body());
                    if (issued.status() != 201 || call.status() != 200 || !id.find()) {
                        throw new IllegalStateException("visit at window " + w.number() + ": " + issued + " / " + call);
                    }
                    api.post("/api/v1/queue/tickets/" + id.group(1) + "/start", "");
                    Answer finish = api.post("/api/v1/queue/tickets/" + id.group(1) + "/finish", "");
                    if (finish.status() == 200) {
                        done.add(Long.parseLong(id.group(1)));
                    }
                    millis.add((System.nanoTime() - t0) / 1_000_000);
                    count.incrementAndGet();
                    if (perWindowNanos > 0) {
                        next += (long) perWindowNanos;
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Run(count.get(), count.get() / elapsed, millis, done);
    }
}
