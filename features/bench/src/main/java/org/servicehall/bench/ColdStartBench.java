package org.servicehall.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.servicehall.testing.Distribution;

/**
 * Issue 17's cold start (not a test; {@code ./bench.sh --cold-start [runs]}): each run unpacks the
 * distribution into a fresh folder (embedded H2, empty {@code data/}), starts {@code bin/karaf server}
 * and times, from the process start: the first HTTP answer of any kind, the console's sign-in page
 * answering 200, {@code /api/health/ready} answering 200 (every installed feature's bundles,
 * components, screens and REST resources up), and how many paths {@code /api/openapi.json} lists then
 * and three seconds later (the same number: nothing arrives after ready). Prints each run, the median,
 * and the load average before each run: the figure is this machine's at that moment.
 */
public final class ColdStartBench {
    private static final String PASSWORD = "Cold-Start-Pass-3";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private ColdStartBench() {
    }

    private record Run(double load, long firstMs, long consoleMs, long readyMs, int pathsAtReady, int pathsLater) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 3;
        boolean keep = List.of(args).contains("--keep");
        System.out.printf(Locale.ROOT, "ServiceHall cold start to ready — %d run(s), a fresh installation each (embedded H2), %d cores%n", runs,
                Runtime.getRuntime().availableProcessors());
        List<Run> all = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run r = once(keep);
            all.add(r);
            System.out.printf(Locale.ROOT, "  run %d (load %.1f): first answer %.1f s, console sign-in 200 at %.1f s, ready at %.1f s;"
                    + " /api/openapi.json lists %d paths at ready, %d three seconds later%n", i, r.load, r.firstMs / 1000.0, r.consoleMs / 1000.0,
                    r.readyMs / 1000.0, r.pathsAtReady, r.pathsLater);
        }
        System.out.printf(Locale.ROOT, "  median: console %.1f s, ready %.1f s%n", median(all, Run::consoleMs) / 1000.0,
                median(all, Run::readyMs) / 1000.0);
        System.exit(0);
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> f) {
        List<Long> v = new ArrayList<>(runs.stream().map(f::applyAsLong).toList());
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    /** One cold start in a fresh folder, deleted afterwards unless {@code keep} (then its log is there to read). */
    private static Run once(boolean keep) throws Exception {
        Path work = Files.createTempDirectory("servicehall-cold-start");
        int port = Distribution.install(work, Map.of("org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30")));
        String base = "http://127.0.0.1:" + port;
        double load = load();
        ProcessBuilder pb = new ProcessBuilder(work.resolve("bin/karaf").toString(), "server").directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("console.out").toFile());
        pb.environment().put("SERVICEHALL_ADMIN_PASSWORD", PASSWORD);
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx768m"); // as the tests start it
        long t0 = System.nanoTime();
        Process karaf = pb.start();
        try {
            long first = -1;
            long console = -1;
            long ready = -1;
            long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
            while (ready < 0 || console < 0) {
                if (System.nanoTime() > deadline || !karaf.isAlive()) {
                    throw new IllegalStateException("not ready within 5 minutes (or stopped); see " + work.resolve("data/log/karaf.log"));
                }
                long now = System.nanoTime() - t0;
                int live = status(base + "/api/health/live");
                if (first < 0 && live > 0) {
                    first = now;
                }
                if (console < 0 && live > 0 && status(base + "/login") == 200) {
                    console = System.nanoTime() - t0;
                }
                if (ready < 0 && live > 0 && status(base + Distribution.READY) == 200) {
                    ready = System.nanoTime() - t0;
                }
                Thread.sleep(50);
            }
            int atReady = paths(base);
            Thread.sleep(3000);
            return new Run(load, first / 1_000_000, console / 1_000_000, ready / 1_000_000, atReady, paths(base));
        } finally {
            karaf.toHandle().descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
                karaf.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
            if (keep) {
                System.out.println("  (kept: " + work + ")");
            } else {
                try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The number of paths the OpenAPI document lists (the keys of its {@code paths} object). */
    private static int paths(String base) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return keys(r.body(), "\"paths\"");
    }

    /** The keys of the JSON object that follows {@code name} in {@code json}. */
    static int keys(String json, String name) {
        int at = json.indexOf(name);
        if (at < 0) {
            return 0;
        }
        int i = json.indexOf('{', at);
        int depth = 0;
        int keys = 0;
        boolean inString = false;
        int stringStart = -1;
        for (; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 1) {
                        int j = i + 1;
                        while (j < json.length() && Character.isWhitespace(json.charAt(j))) {
                            j++;
                        }
                        if (j < json.length() && json.charAt(j) == ':' && stringStart >= 0) {
                            keys++;
                        }
                    }
                }
            } else if (c == '"') {
                inString = true;
                stringStart = i;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
        }
        return keys;
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
