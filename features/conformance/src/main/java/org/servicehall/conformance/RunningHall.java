package org.servicehall.conformance;

import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.LinkedHashSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.servicehall.testing.Distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real distribution, started for a conformance run (the platform's {@link Distribution}
 * helper), with what the checks ask of it: the health report, the OpenAPI document, the demo
 * hall's items, and a KAR dropped into or taken out of {@code deploy/}.
 */
public final class RunningHall implements AutoCloseable {
    /** The admin's password in the distribution the kit starts. */
    public static final String ADMIN_PASSWORD = "Conformance-Kit-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MISSING_PACKAGE = Pattern.compile(
            "missing requirement \\[[^\\]]*\\] osgi\\.wiring\\.package; filter:=\"[(&]*osgi\\.wiring\\.package=([A-Za-z0-9_.]+)\\)"
                    + "(?:\\(version>=([0-9][0-9.]*)\\))?(?:\\(!\\(version>=([0-9][0-9.]*)\\)\\))?");

    private final Distribution node;

    private RunningHall(Distribution node) {
        this.node = node;
    }

    /** Unpacks and starts the distribution (its tarball named by the system property {@code servicehall.distribution}). */
    public static RunningHall start(Path work) {
        return new RunningHall(Distribution.start(work, ADMIN_PASSWORD, Map.of()));
    }

    public Distribution node() {
        return node;
    }

    public String baseUrl() {
        return node.baseUrl();
    }

    /** {@code /api/health} as JSON. */
    public JsonNode health() {
        return json(node.get("/api/health", "admin", ADMIN_PASSWORD));
    }

    /** Whether the platform serves: its health and the sites' API answer. */
    public boolean serving() {
        return node.status("/api/health/live") == 200 && node.status("/api/v1/sites") == 200;
    }

    /** How many screens the console serves now. */
    public int views() {
        return health().path("views").asInt(-1);
    }

    /** The paths of {@code /api/openapi.json}, as it lists them ({@code /v1/sites/{code}/windows}). */
    public Set<String> openApiPaths() {
        Set<String> paths = new TreeSet<>();
        Iterator<String> names = json(node.get("/api/openapi.json", "admin", ADMIN_PASSWORD)).path("paths").fieldNames();
        names.forEachRemaining(p -> paths.add(p.startsWith("/api/") ? p.substring(4) : p));
        return paths;
    }

    /** The demo hall's service items: code → whether it is available now. */
    public Map<String, Boolean> demoItems() {
        Map<String, Boolean> items = new TreeMap<>();
        for (JsonNode item : json(node.get("/api/v1/sites/DEMO/service-items", "admin", ADMIN_PASSWORD))) {
            items.put(item.path("code").asText(), item.path("available").asBoolean());
        }
        return items;
    }

    /** The problems the platform lists for a bundle's HALL-INF contributions (health's {@code plugins}). */
    public List<String> pluginTroubles(String symbolicName) {
        List<String> troubles = new ArrayList<>();
        for (JsonNode t : health().path("plugins")) {
            if (t.path("bundle").asText().startsWith(symbolicName)) {
                troubles.add("HALL-INF/" + t.path("folder").asText() + ": " + t.path("message").asText());
            }
        }
        return troubles;
    }

    /** The bundle's declarative-services components that do not work, as health reports them. */
    public List<String> componentProblems(String symbolicName) {
        List<String> problems = new ArrayList<>();
        for (JsonNode c : health().path("components")) {
            if (c.path("bundle").asText().startsWith(symbolicName)) {
                problems.add("the component " + c.path("component").asText() + " is " + c.path("state").asText()
                        + (c.path("unsatisfiedReferences").isEmpty() ? "" : ", waiting for " + c.path("unsatisfiedReferences"))
                        + (c.path("failure").isTextual() ? ": " + c.path("failure").asText() : ""));
            }
        }
        return problems;
    }

    /** Drops the KAR into {@code deploy/}, as a site's admin may do (the Plugins page installs it the same way). */
    public void deploy(Path kar) {
        try {
            Path deploy = node.home().resolve("deploy");
            Files.createDirectories(deploy);
            Path tmp = deploy.resolve(kar.getFileName() + ".part");
            Files.copy(kar, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, deploy.resolve(kar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the KAR out of {@code deploy/}: Karaf uninstalls its features. */
    public void undeploy(Path kar) {
        try {
            Files.deleteIfExists(node.home().resolve("deploy").resolve(kar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length of the Karaf log now, to read what a step logs after it. */
    public long logMark() {
        try {
            Path log = log();
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The log's lines written since {@code mark} at WARN or ERROR that name one of {@code words}. */
    public List<String> loggedSince(long mark, List<String> words) {
        return logged(logSince(mark), words, false);
    }

    /**
     * The log's lines written since {@code mark} that say an install naming one of {@code words}
     * failed: at ERROR, or Karaf's warning "Unable to install Kar feature …" (a warning that merely
     * names the plugin, such as Jersey's about its resource class, is no failure).
     */
    public List<String> failuresSince(long mark, List<String> words) {
        return logged(logSince(mark), words, true);
    }

    /** The messages of a log's WARN and ERROR lines that name one of {@code words}; with {@code failures}, only those saying it failed. */
    static List<String> logged(String text, List<String> words, boolean failures) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            boolean error = line.contains("| ERROR");
            boolean warning = line.contains("| WARN");
            boolean failed = error || warning && line.contains("Unable to install");
            if ((failures ? failed : error || warning) && words.stream().anyMatch(line::contains)) {
                found.add(line.substring(line.lastIndexOf(" | ") + 3).trim());
            }
        }
        return found;
    }

    /** What Karaf logged since {@code mark}; empty before there is a log. */
    private String logSince(long mark) {
        try {
            byte[] all = Files.readAllBytes(log());
            return new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * An import the resolver could not satisfy: the package and the versions the bundle accepts
     * ({@code [1.5.0,2.0.0)}; null bounds when the import names none).
     */
    public record Unresolved(String pkg, String from, String below) {
        /** The accepted versions as a manifest writes them, or "any version". */
        public String range() {
            return from == null ? "any version" : "[" + from + "," + (below == null ? "∞" : below) + ")";
        }
    }

    /** The packages Karaf's resolver said no bundle exports, in what it logged since {@code mark} ("missing requirement … osgi.wiring.package=…"). */
    public List<Unresolved> unresolvedImports(long mark) {
        return unresolvedImports(logSince(mark));
    }

    /** The packages of the resolver's "missing requirement [bundle] osgi.wiring.package; filter:=…" in a log's text, each once. */
    static List<Unresolved> unresolvedImports(String log) {
        Set<Unresolved> packages = new LinkedHashSet<>();
        Matcher m = MISSING_PACKAGE.matcher(log);
        while (m.find()) {
            packages.add(new Unresolved(m.group(1), m.group(2), m.group(3)));
        }
        return List.copyOf(packages);
    }

    /**
     * The bundles of the distribution (its {@code system/} repository) that export {@code pkg}: the
     * bundle's file name → the version it exports the package in.
     */
    public Map<String, String> exporters(String pkg) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(node.home().resolve("system"))) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                String version = PluginArchive.exportedVersions(jar).get(pkg);
                if (version != null) {
                    found.put(jar.getFileName().toString(), version);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the distribution's bundles in " + node.home().resolve("system"), e);
        }
        return found;
    }

    /** Waits until {@code condition} holds or {@code timeout} passes; whether it held. */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private Path log() {
        return node.home().resolve("data/log/karaf.log");
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
