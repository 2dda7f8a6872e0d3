package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.servicehall.itests.PublicScreens.byId;
import static org.servicehall.itests.PublicScreens.click;
import static org.servicehall.itests.PublicScreens.waitUpTo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.servicehall.testing.Browser;
import org.servicehall.testing.Distribution;

/**
 * The vendor kit end to end (issue 18): a plugin generated from the archetype offline, from the
 * local repository, builds with Maven (a subprocess, offline, on the same local repository),
 * passes the conformance kit, and its KAR uploaded on a running hall's Plugins page shows its
 * screen in the menu and its REST path in the OpenAPI document; uninstalled, both go. A generated
 * plugin broken three ways (an internal import, a malformed HALL-INF file, a missing Chinese
 * text) fails the kit with a message naming each. The time from archetype:generate to the screen
 * answering in the running hall is measured and printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorKitIT {
    private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../..").normalize();
    private static final Path REPOSITORY = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    private static Path work;
    private static Distribution hall;
    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        if (!Browser.available()) {
            Assumptions.assumeTrue("required".equals(System.getProperty("servicehall.test.browser")) ? failed() : false,
                    "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        work = Files.createDirectories(ROOT.resolve("features/itests/target/vendor-kit"));
        stageTheReactorInTheLocalRepository();
        hall = Distribution.start(work.resolve("hall-" + System.nanoTime()), PublicScreens.PASSWORD, Map.of());
        browser = new Browser();
        driver = browser.driver();
        driver.get(hall.baseUrl() + "/plugins");
        PublicScreens.signInAsAdmin(driver);
        byId(driver, "plugins-grid");
    }

    private static boolean failed() {
        throw new IllegalStateException("browser tests are required here but Chromium/chromedriver are missing");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    @Order(1)
    void aGeneratedPluginBuildsPassesTheKitAndComesAndGoesOnTheRunningHall() throws Exception {
        long t0 = System.nanoTime();
        Path project = generate("dental", "DEN", "Dental clinic", "口腔科");
        long generated = System.nanoTime();
        Result build = maven(project, "package", "-DskipITs");
        assertEquals(0, build.exit, "the generated plugin builds offline:\n" + build.tail());
        long built = System.nanoTime();
        Path kar = project.resolve("target/servicehall-dental-1.0.0-kar.kar");
        assertTrue(Files.isRegularFile(kar), "the build made the KAR " + kar);

        // the KAR uploaded on the Plugins page of the running hall: the screen answers, in the menu
        upload(kar.toFile());
        waitUpTo(driver, 90).until(d -> !d.findElements(By.id("uninstall-servicehall-dental")).isEmpty());
        driver.get(hall.baseUrl() + "/dental/catalogue");
        byId(driver, "dental-catalogue");
        long answered = System.nanoTime();
        System.out.printf("MEASURE archetype:generate -> plugin screen answering in a running hall: %.1f s (generate %.1f s, build %.1f s,"
                + " upload to screen %.1f s)%n", (answered - t0) / 1e9, (generated - t0) / 1e9, (built - generated) / 1e9, (answered - built) / 1e9);
        assertTrue(!driver.findElements(By.id("nav-dental-catalogue")).isEmpty(), "the screen is in the menu");
        waitUpTo(driver, 60).until(d -> openApiLists("/v1/dental/items")); // the REST path is in the OpenAPI document
        assertTrue(hall.get("/api/v1/dental/items").contains("\"DEN-PERMIT\""), "the REST resource answers with the catalogue's items");
        Screenshots.save(driver, "vendor-kit-dental-screen-1400x1000");

        // its conformance test, as the vendor runs it (mvn verify)
        long k0 = System.nanoTime();
        Result kit = maven(project, "verify", "-Dservicehall.distribution=" + Distribution.tarball());
        System.out.printf("MEASURE the generated plugin's mvn verify with the conformance kit: %.1f s%n", (System.nanoTime() - k0) / 1e9);
        assertEquals(0, kit.exit, "the generated plugin passes the conformance kit:\n" + kit.tail());
        String report = failsafeReport(project);
        assertTrue(report.contains("tests=\"11\"") && report.contains("failures=\"0\"") && report.contains("errors=\"0\"")
                && report.contains("skipped=\"0\""), "every check of the kit ran and passed: " + report.lines().limit(3).toList());

        // uninstalled on the Plugins page: screen, menu entry and REST path are withdrawn, the hall keeps serving
        driver.get(hall.baseUrl() + "/plugins");
        click(driver, "uninstall-servicehall-dental");
        click(driver, "uninstall-confirm");
        waitUpTo(driver, 60).until(d -> !d.findElements(By.id("install-servicehall-dental")).isEmpty());
        waitUpTo(driver, 60).until(d -> { // withdrawn: listed no more (a timed-out read proves nothing)
            try {
                return !hall.get("/api/openapi.json", "admin", PublicScreens.PASSWORD).contains("\"/v1/dental/items\"");
            } catch (UncheckedIOException e) {
                return false;
            }
        });
        waitUpTo(driver, 30).until(d -> hall.status("/api/v1/dental/items") == 404); // the REST path is gone
        driver.get(hall.baseUrl() + "/dental/catalogue");
        byId(driver, "not-found");
        assertTrue(driver.findElements(By.id("nav-dental-catalogue")).isEmpty(), "the menu entry is gone");
        assertEquals(200, hall.status("/api/v1/sites"), "the platform keeps serving");
    }

    @Test
    @Order(2)
    void aPluginBrokenThreeWaysFailsTheKitNamingEachProblem() throws Exception {
        Path project = generate("optics", "OPT", "Optics", "眼视光");
        Path code = project.resolve("src/main/java/com/example/optics/internal");
        // 1. a class that reaches into the platform's internal package
        Files.writeString(code.resolve("Shortcut.java"), "package com.example.optics.internal;\n\n"
                + "import org.servicehall.site.internal.ServiceCatalogueImpl;\n\n"
                + "final class Shortcut {\n    static final Class<?> IMPLEMENTATION = ServiceCatalogueImpl.class;\n}\n");
        // 2. a line of the catalogue without '='
        Path catalogue = project.resolve("src/main/resources/HALL-INF/catalogue/optics.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(catalogue, StandardCharsets.UTF_8));
        lines.add("OPT-LENS.name Lenses fitted");
        Files.write(catalogue, lines, StandardCharsets.UTF_8);
        int badLine = lines.size();
        // 3. a text without its Chinese translation
        Path chinese = project.resolve("src/main/resources/HALL-INF/i18n/optics_zh_CN.properties");
        Files.write(chinese, Files.readAllLines(chinese, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("optics.intro=")).toList(),
                StandardCharsets.UTF_8);

        Result kit = maven(project, "verify", "-Dservicehall.distribution=" + Distribution.tarball());
        assertNotEquals(0, kit.exit, "the broken plugin fails its conformance test");
        String report = failsafeReport(project);
        for (String problem : List.of(
                "the bundle imports the platform's internal package org.servicehall.site.internal",
                "HALL-INF/catalogue/optics.properties line " + badLine + ": 'OPT-LENS.name Lenses fitted' is not 'key = value'",
                "the key optics.intro has an English text but no Chinese one in HALL-INF/i18n/optics_zh_CN.properties",
                "the key optics.intro read in SectorView.java has no Chinese text")) {
            assertTrue(report.contains(problem), "the kit names: " + problem + "\n" + report);
        }
    }

    /** Whether /api/openapi.json lists the path; false while it does not answer in time (a busy machine rebuilds it slowly). */
    private static boolean openApiLists(String path) {
        try {
            return hall.get("/api/openapi.json", "admin", PublicScreens.PASSWORD).contains("\"" + path + "\"");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** archetype:generate offline, from the local repository, in batch mode: the generated project's folder. */
    private static Path generate(String sector, String codePrefix, String name, String nameZh) throws Exception {
        Path into = Files.createDirectories(work.resolve(sector + "-" + System.nanoTime()));
        Result r = maven(into, "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("archetype.version", "3.3.1") + ":generate",
                "-DarchetypeGroupId=org.servicehall", "-DarchetypeArtifactId=servicehall-plugin-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=com.example." + sector, "-DartifactId=servicehall-" + sector, "-Dversion=1.0.0", "-Dpackage=com.example." + sector,
                "-Dsector=" + sector, "-DcodePrefix=" + codePrefix, "-DsectorName=" + name, "-DsectorNameZh=" + nameZh);
        assertEquals(0, r.exit, "archetype:generate offline:\n" + r.tail());
        Path project = into.resolve("servicehall-" + sector);
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")), "generated " + project);
        return project;
    }

    private record Result(int exit, Path log) {
        String tail() throws IOException {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 80), all.size()));
        }
    }

    /** Maven as a vendor runs it: offline, batch mode, on this build's local repository. */
    private static Result maven(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-o", "-Dmaven.repo.local=" + REPOSITORY));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "mvn-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MAVEN_OPTS", "-Xmx512m");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("mvn " + String.join(" ", args) + " did not end within 15 minutes");
        }
        return new Result(p.exitValue(), log);
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && new File(home, "bin/mvn").canExecute()) {
            return home + "/bin/mvn";
        }
        return new File("/usr/bin/mvn").canExecute() ? "/usr/bin/mvn" : "mvn";
    }

    private static String failsafeReport(Path project) throws IOException {
        Path reports = project.resolve("target/failsafe-reports");
        try (Stream<Path> files = Files.list(reports)) {
            Path xml = files.filter(f -> f.getFileName().toString().startsWith("TEST-") && f.toString().endsWith(".xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no failsafe report in " + reports));
            return unescaped(Files.readString(xml, StandardCharsets.UTF_8));
        }
    }

    /** The report's text with XML's character references read, as a person reads the messages. */
    private static String unescaped(String xml) {
        return xml.replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static void upload(File kar) {
        driver.get(hall.baseUrl() + "/plugins");
        WebElement upload = byId(driver, "kar-upload");
        List<WebElement> inLight = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inLight.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inLight.get(0);
        ((JavascriptExecutor) driver).executeScript("arguments[0].hidden = false; arguments[0].style.display = 'block';", input);
        input.sendKeys(kar.getAbsolutePath());
    }

    /**
     * {@code mvn verify} installs nothing, but the generated plugin resolves the platform from the
     * local repository, as a vendor's build does: this build's artifacts (the parents, the BOM, the
     * API bundles, the test helpers, the conformance kit, the distribution and the archetype) are
     * put there first, as {@code mvn install} would, where the repository has none or older ones.
     */
    private static void stageTheReactorInTheLocalRepository() throws IOException {
        stage("servicehall-parent", ROOT.resolve("pom.xml"), null, null);
        stage("servicehall-platform", ROOT.resolve("platform/pom.xml"), null, null);
        stage("servicehall-features-parent", ROOT.resolve("features/pom.xml"), null, null);
        stage("servicehall-bom", ROOT.resolve("features/bom/pom.xml"), null, null);
        try (Stream<Path> modules = Files.list(ROOT.resolve("platform"))) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).sorted().toList()) {
                String artifact = artifactId(module.resolve("pom.xml"));
                stage(artifact, module.resolve("pom.xml"), module.resolve("target/" + artifact + "-" + VERSION + ".jar"), "jar");
            }
        }
        stage("servicehall-conformance", ROOT.resolve("features/conformance/pom.xml"),
                ROOT.resolve("features/conformance/target/servicehall-conformance-" + VERSION + ".jar"), "jar");
        stage("servicehall-plugin-archetype", ROOT.resolve("features/archetype/pom.xml"),
                ROOT.resolve("features/archetype/target/servicehall-plugin-archetype-" + VERSION + ".jar"), "jar");
        stage("servicehall-assembly", ROOT.resolve("features/assembly/pom.xml"), Distribution.tarball(), "tar.gz");
    }

    private static String artifactId(Path pom) throws IOException {
        Matcher m = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(Files.readString(pom, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no artifactId in " + pom);
        }
        return m.group(1);
    }

    private static void stage(String artifactId, Path pom, Path file, String extension) throws IOException {
        Path dir = REPOSITORY.resolve("org/servicehall/" + artifactId + "/" + VERSION);
        Files.createDirectories(dir);
        copyIfNewer(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
        if (file != null && Files.isRegularFile(file)) {
            copyIfNewer(file, dir.resolve(artifactId + "-" + VERSION + "." + extension));
        }
    }

    private static void copyIfNewer(Path from, Path to) throws IOException {
        if (!Files.exists(to) || Files.getLastModifiedTime(from).compareTo(Files.getLastModifiedTime(to)) > 0) {
            Path tmp = to.resolveSibling(to.getFileName() + ".staging");
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
