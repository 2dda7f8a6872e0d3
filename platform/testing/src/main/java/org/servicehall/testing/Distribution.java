package org.servicehall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real ServiceHall distribution (the tarball a site installs), unpacked into a work folder
 * and started as its own process with free ports, for end-to-end and browser tests. What these
 * tests exercise is exactly what {@code run.sh} starts.
 */
public final class Distribution implements AutoCloseable {
    /** The readiness check: 200 once the node has started, 503 before. */
    public static final String READY = "/api/health/ready";
    private static final String CLOCK_CFG = "org.servicehall.clock.cfg";
    private final Path home;
    private final Process process;
    private final int httpPort;
    private final Duration startup;

    private Distribution(Path home, Process process, int httpPort, Duration startup) {
        this.home = home;
        this.process = process;
        this.httpPort = httpPort;
        this.startup = startup;
    }

    /** The tarball built by features/assembly, as passed by the build ({@code servicehall.distribution}). */
    public static Path tarball() {
        String path = System.getProperty("servicehall.distribution");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("system property servicehall.distribution must name the built tarball, not " + path);
        }
        return Path.of(path);
    }

    /**
     * Unpacks and starts the distribution and waits until it is ready: {@code /api/health/ready}
     * answers 200 once every installed feature's bundles are active and their components, screens
     * and REST resources are registered and served (issue 17); before that it answers 503, and so
     * does every other request.
     *
     * @param config extra settings: file under etc/ → key → value
     */
    public static Distribution start(Path workDir, String adminPassword, Map<String, Map<String, String>> config) {
        try {
            int http = install(workDir, config);
            ProcessBuilder pb = new ProcessBuilder(workDir.resolve("bin/karaf").toString(), "server")
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("console.out").toFile());
            pb.environment().put("SERVICEHALL_ADMIN_PASSWORD", adminPassword);
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx768m");
            long t0 = System.nanoTime();
            Process process = pb.start();
            Distribution d = new Distribution(workDir, process, http, null);
            d.awaitHealthy(Duration.ofSeconds(300));
            return new Distribution(workDir, process, http, Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Unpacks the distribution into {@code workDir} (over what is there: its {@code data/} stays) and
     * configures it with free ports and {@code config}, without starting it: a fresh installation, as a
     * site unpacks one (issue 17: restoring a backup into it).
     *
     * @return the HTTP port it will serve on
     */
    public static int install(Path workDir, Map<String, Map<String, String>> config) throws IOException {
        Files.createDirectories(workDir);
        run(workDir, "cp", "-a", unpacked(tarball()) + "/.", workDir.toString());
        int http = freePort();
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put("org.servicehall.web.cfg", Map.of("port", String.valueOf(http), "host", "127.0.0.1"));
        all.put("org.apache.karaf.shell.cfg", Map.of("sshPort", String.valueOf(freePort()), "sshHost", "127.0.0.1"));
        all.put("org.apache.karaf.management.cfg", Map.of("rmiRegistryPort", String.valueOf(freePort()),
                "rmiServerPort", String.valueOf(freePort()), "rmiRegistryHost", "127.0.0.1", "rmiServerHost", "127.0.0.1"));
        config.forEach((file, values) -> all.computeIfAbsent(file, f -> new LinkedHashMap<>()).putAll(values));
        anchorDemoClock(config, all);
        for (Map.Entry<String, Map<String, String>> e : all.entrySet()) {
            editConfig(workDir.resolve("etc").resolve(e.getKey()), e.getValue());
        }
        return http;
    }

    /** Per demonstration-clock configuration given: the real instant its clock reads {@code startAt}. */
    private static final Map<Map<String, String>, Instant> ANCHORS = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * Issue 17: nodes started with the same clock configuration (a {@code startAt} and no
     * {@code startAnchor}) get one anchor, the moment the first of them starts, so they tell the
     * same time (TwoNodesIT's second node no longer runs behind the first by the gap between starts).
     */
    private static void anchorDemoClock(Map<String, Map<String, String>> given, Map<String, Map<String, String>> all) {
        Map<String, String> clock = given.get(CLOCK_CFG);
        if (clock == null || clock.getOrDefault("startAt", "").isBlank() || clock.containsKey("startAnchor")) {
            return;
        }
        Instant anchor = ANCHORS.computeIfAbsent(clock, c -> Instant.now());
        all.get(CLOCK_CFG).put("startAnchor", anchor.toString());
    }

    /**
     * Waits until the node says it is ready (not merely that it answers: issue 17). Ready comes after
     * every feature is in, later than the first answer: on a loaded 2-core machine a boot took over
     * three minutes, so the time-out is five (a bound, not a speed target).
     */
    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the distribution stopped during start-up:\n" + logTail());
            }
            if (status(READY) == 200) {
                return;
            }
            sleep(100);
        }
        String said = status(READY) > 0 ? get(READY) : "(no answer)";
        close();
        throw new IllegalStateException("the distribution was not ready within " + timeout + "; " + READY + " said " + said + "\n" + logTail());
    }

    /** HTTP status of a GET on this node, or -1 when nothing answers. */
    public int status(String path) {
        try {
            HttpURLConnection c = quickGet(baseUrl() + path);
            int code = c.getResponseCode();
            c.disconnect();
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The body of a GET on this node. */
    public String get(String path) {
        return get(path, null, null);
    }

    /** The body of a GET on this node signed in with HTTP Basic as {@code user} (none when null). */
    public String get(String path, String user, String password) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + path).toURL().openConnection();
            c.setReadTimeout(10000);
            if (user != null) {
                c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            try (var in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code url} for a health check: one second to connect, five to answer. */
    static HttpURLConnection quickGet(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        return c;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path home() {
        return home;
    }

    /** From process start until the node was ready ({@code /api/health/ready} answered 200). */
    public Duration startup() {
        return startup;
    }

    /** Resident memory of the Karaf JVM in KiB (Linux), or -1. */
    public long residentKib() {
        return procStatus("VmRSS:");
    }

    /** Threads of the Karaf JVM (Linux), or -1. */
    public long threads() {
        return procStatus("Threads:");
    }

    /** The largest figure of this {@code /proc/<pid>/status} line over the script and its processes, or -1. */
    private long procStatus(String key) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.toHandle().descendants().forEach(all::add);
        long max = -1;
        for (ProcessHandle h : all) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + h.pid() + "/status"))) {
                    if (line.startsWith(key)) {
                        max = Math.max(max, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the process may have ended
            }
        }
        return max;
    }

    public String logTail() {
        StringBuilder sb = new StringBuilder();
        for (Path p : List.of(home.resolve("console.out"), home.resolve("data/log/karaf.log"))) {
            try {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                sb.append("--- ").append(p.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(l -> sb.append(l).append('\n'));
            } catch (IOException e) {
                sb.append("(no ").append(p.getFileName()).append(")\n");
            }
        }
        return sb.toString();
    }

    /**
     * Kills the node as {@code kill -9} would (SIGKILL to the script and its Java process): no
     * shutdown hook runs, open connections break, nothing is flushed (issue 17).
     */
    public void kill() {
        List<ProcessHandle> all = new ArrayList<>(process.toHandle().descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + h.pid() + " did not end after SIGKILL", e);
            }
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.toHandle().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : children) {
                h.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets keys in a Karaf .cfg file, replacing existing lines and appending new ones. */
    static void editConfig(Path file, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>(values);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).trim();
            if (pending.containsKey(key)) {
                lines.set(i, key + " = " + pending.remove(key));
            }
        }
        pending.forEach((k, v) -> lines.add(k + " = " + v));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * The tarball unpacked once per build of it, beside it ({@code .unpacked-<name>-<size>-<modified>}): each
     * installation is a copy of that folder, as if unpacked from the tarball itself (a copy takes a third of
     * the time of ungzipping 85 MB, and a test run installs some fifty). Made in a folder of its own and
     * renamed into place, so a run that stops half-way leaves nothing half-unpacked to copy; those of
     * earlier builds of the same tarball are removed.
     */
    static synchronized Path unpacked(Path tarball) throws IOException {
        Path parent = tarball.toAbsolutePath().getParent();
        String prefix = ".unpacked-" + tarball.getFileName() + "-";
        Path dir = parent.resolve(prefix + Files.size(tarball) + "-" + Files.getLastModifiedTime(tarball).toMillis());
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try (Stream<Path> old = Files.list(parent)) {
            for (Path stale : old.filter(d -> d.getFileName().toString().startsWith(prefix)).toList()) {
                run(parent, "rm", "-rf", stale.toString());
            }
        }
        Path partial = Files.createTempDirectory(parent, ".unpacking-");
        run(partial, "tar", "xzf", tarball.toAbsolutePath().toString(), "--strip-components=1");
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            run(parent, "rm", "-rf", partial.toString()); // another JVM unpacked the same build meanwhile
        }
        return dir;
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
