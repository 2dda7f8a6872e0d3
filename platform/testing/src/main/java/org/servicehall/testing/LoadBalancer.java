package org.servicehall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real HAProxy (Debian's package) in front of distribution nodes, run with the configuration the
 * distribution ships ({@code ops/haproxy.cfg}) unchanged: the nodes' and the balancer's addresses go
 * in through its environment variables, as on a site (issue 17).
 *
 * <p>Tests that need it are skipped when {@code haproxy} is not installed, unless
 * {@code -Dservicehall.test.lb=required} (as in {@code .ci/run}), which turns that into a failure.
 */
public final class LoadBalancer implements AutoCloseable {
    /** The response header naming the node that answered, set by the shipped configuration. */
    public static final String NODE_HEADER = "X-ServiceHall-Node";
    /** The cookie that keeps a browser on its node. */
    public static final String AFFINITY_COOKIE = "SERVICEHALL_NODE";

    private final Process process;
    private final int port;
    private final Path log;

    private LoadBalancer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The haproxy program, or a skip (a failure when required) naming why there is none. */
    public static String executable() {
        for (String dir : List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin")) {
            Path p = Path.of(dir, "haproxy");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        String why = "haproxy is not installed (Debian: apt-get install haproxy); the load-balancer test needs it";
        if ("required".equals(System.getProperty("servicehall.test.lb"))) {
            throw new IllegalStateException(why + ", and -Dservicehall.test.lb=required");
        }
        Assumptions.abort(why);
        return null;
    }

    /**
     * Starts HAProxy with {@code node}'s shipped {@code ops/haproxy.cfg} in front of {@code a} and
     * {@code b}, and waits until it has seen both ready (each answered through it).
     */
    public static LoadBalancer start(Path workDir, Distribution config, Distribution a, Distribution b) {
        String haproxy = executable();
        Path cfg = config.home().resolve("ops/haproxy.cfg");
        int port = Distribution.freePort();
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve("haproxy.log");
            ProcessBuilder pb = new ProcessBuilder(haproxy, "-db", "-f", cfg.toString()).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("SERVICEHALL_LB_BIND", "127.0.0.1:" + port);
            pb.environment().put("SERVICEHALL_NODE_A", hostPort(a));
            pb.environment().put("SERVICEHALL_NODE_B", hostPort(b));
            LoadBalancer lb = new LoadBalancer(pb.start(), port, log);
            lb.awaitNodes(Set.of("node-a", "node-b"), Duration.ofSeconds(30));
            return lb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hostPort(Distribution node) {
        return URI.create(node.baseUrl()).getAuthority();
    }

    /** Waits until requests through the balancer have been answered by each of these nodes. */
    public void awaitNodes(Set<String> nodes, Duration timeout) {
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy stopped:\n" + logText());
            }
            String node = nodeAnswering(Distribution.READY);
            if (node != null) {
                seen.add(node);
                if (seen.containsAll(nodes)) {
                    return;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("through haproxy only " + seen + " of " + nodes + " answered within " + timeout + "\n" + logText());
    }

    /** The node that answered a GET through the balancer with 200, or null. */
    public String nodeAnswering(String path) {
        try {
            HttpURLConnection c = Distribution.quickGet(baseUrl() + path);
            int code = c.getResponseCode();
            String node = c.getHeaderField(NODE_HEADER);
            c.disconnect();
            return code == 200 ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no haproxy log)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
