package org.servicehall.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.servicehall.persistence.DatabaseKind;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The queue's benchmark (issue "The queue", not a test): one run reports queue operations per
 * second with 8 windows on PostgreSQL next to {@code pgbench -c 8} on the same server, lifecycles
 * per second on the embedded database, and — through the running distribution — call-to-board and
 * call-to-phone latencies with many clients connected.
 */
public final class Bench {
    static final int WINDOWS = 8;
    static final Actor STAFF = new Actor("bench", "Bench", java.util.EnumSet.of(Role.STAFF));

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        int seconds = Integer.parseInt(option(args, "--seconds", "20"));
        int followers = Integer.parseInt(option(args, "--followers", "5000"));
        if (a.contains("--vaadin-boards-only")) {
            HttpBench.run(seconds, 0, true);
        } else if (a.contains("--http-only")) {
            HttpBench.run(seconds, followers);
        } else if (a.contains("--h2-only")) {
            h2(seconds);
        } else if (a.contains("--pg-only")) {
            postgresql(seconds);
        } else {
            System.out.printf(Locale.ROOT, "ServiceHall queue benchmark — %d s per measurement, %d windows, %d cores%n", seconds, WINDOWS,
                    Runtime.getRuntime().availableProcessors());
            // each part in a JVM of its own, as each database has a node of its own in a hall: right after
            // driving PostgreSQL, the same JVM ran H2 at 781 lifecycles/s against 1,428 when fresh
            part("--pg-only", seconds, followers);
            part("--h2-only", seconds, followers);
            if (!a.contains("--no-http")) {
                part("--http-only", seconds, followers);
            }
        }
    }

    /** Runs one part of the bench in a new JVM with this one's settings, its output as this one's. */
    private static void part(String part, int seconds, int followers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName(), part, "--seconds",
                String.valueOf(seconds), "--followers", String.valueOf(followers)));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("bench part " + part + " failed (exit " + exit + ")");
        }
    }

    private static void h2(int seconds) throws Exception {
        Path dir = Files.createTempDirectory("servicehall-bench-h2");
        try (HikariDataSource ds = pool("jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64", "sa", 16)) {
            double ops = queueOps(ds, DatabaseKind.H2, seconds);
            System.out.printf(Locale.ROOT, "Embedded H2 (file): %.0f lifecycles/s (target >= 1000), %.0f ops/s%n", ops / 4, ops);
        }
    }

    private static void postgresql(int seconds) throws Exception {
        String server = System.getProperty("servicehall.bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
        double pgOps;
        double pgbenchTps;
        String db = "servicehall_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        try {
            try (HikariDataSource ds = pool(server + db, "postgres", 16)) {
                pgOps = queueOps(ds, DatabaseKind.POSTGRESQL, seconds);
            }
            pgbenchTps = pgbench(db, seconds);
        } finally {
            try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
        System.out.printf(Locale.ROOT, "PostgreSQL: queue %.0f ops/s (issue, call, start, finish each count) with %d windows; "
                + "pgbench -c 8: %.0f tps; ratio %.2f (target >= 0.6)%n", pgOps, WINDOWS, pgbenchTps, pgOps / pgbenchTps);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static HikariDataSource pool(String url, String user, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    /** Eight windows, each in a loop: a ticket is issued, called, started and finished (4 operations). */
    static double queueOps(DataSource ds, DatabaseKind kind, int seconds) throws Exception {
        try (Stack stack = new Stack(ds, kind, WINDOWS)) {
            // warm-up
            lifecycles(stack, 2);
            AtomicLong ops = new AtomicLong();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < WINDOWS; w++) {
                long windowId = stack.windows.get(w).id();
                int index = w;
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String service = Stack.SERVICES.get((index + n++) % Stack.SERVICES.size());
                        stack.queue.issue(new IssueRequest("BENCH", service, PriorityClass.NORMAL, Channel.KIOSK));
                        ops.incrementAndGet();
                        Ticket t1 = stack.queue.callNext(STAFF, windowId).orElse(null);
                        ops.incrementAndGet();
                        if (t1 != null) {
                            stack.queue.start(STAFF, t1.id());
                            stack.queue.finish(STAFF, t1.id());
                            ops.addAndGet(2);
                        }
                    }
                }, "bench-window-" + w);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            return ops.get() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void lifecycles(Stack stack, int count) {
        for (int i = 0; i < count; i++) {
            stack.queue.issue(new IssueRequest("BENCH", Stack.SERVICES.get(0), PriorityClass.NORMAL, Channel.KIOSK));
            stack.queue.callNext(STAFF, stack.windows.get(0).id()).ifPresent(t -> {
                stack.queue.start(STAFF, t.id());
                stack.queue.finish(STAFF, t.id());
            });
        }
    }

    /** {@code pgbench -c 8} (TPC-B like) on the same server, in its own database. */
    static double pgbench(String db, int seconds) throws IOException, InterruptedException, SQLException {
        run("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-q", "-s", "8", db);
        String out = run("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-c", "8", "-j", "2", "-T", String.valueOf(seconds), db);
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out.toString();
    }
}
