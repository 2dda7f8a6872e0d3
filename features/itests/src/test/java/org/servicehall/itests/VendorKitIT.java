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
import java.util.function.UnaryOperator;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.servicehall.testing.Distribution;

import aQute.bnd.version.Version;

/**
 * The vendor kit end to end (issue 18): a plugin generated from the archetype offline, from the
 * local repository, builds with Maven (a subprocess, offline, on the same local repository),
 * passes the conformance kit, and its KAR uploaded on a running hall's Plugins page shows its
 * screen in the menu and its REST path in the OpenAPI document; uninstalled, both go. A generated
 * plugin broken four ways (an internal import, a malformed HALL-INF file, a missing Chinese text,
 * a priority policy too slow for its time budget) fails the kit with a message naming each; one
 * whose screen shows to lower roles than it declares fails naming the screen, the role and the
 * staff and supervisor accounts it showed to. The plugin built in the first test, not rebuilt,
 * passes the kit on a platform changed compatibly (a minor version of the site API, the bundles
 * really rebuilt) and is refused, with the versions named, by one changed incompatibly (a major).
 * The time from archetype:generate to the screen answering in the running hall is measured and
 * printed. The hall is a {@link BrowserHall}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorKitIT {
    private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../..").normalize();
    private static final Path REPOSITORY = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    private static Path work;
    private static BrowserHall session;
    private static Distribution hall;
    private static WebDriver driver;
    /** The dental plugin test 1 generated and built against this platform: tests 4 and 5 install it, as built, on changed platforms. */
    private static Path dental;

    @BeforeAll
    static void start() throws IOException {
        BrowserHall.assumeBrowser();
        work = Files.createDirectories(ROOT.resolve("features/itests/target/vendor-kit"));
        stageTheReactorInTheLocalRepository();
        session = BrowserHall.start(work.resolve("hall-" + System.nanoTime()), PublicScreens.PASSWORD, BrowserHall.DESK_SCREEN);
        hall = session.hall();
        driver = session.driver();
        driver.get(hall.baseUrl() + "/plugins");
        PublicScreens.signInAsAdmin(driver);
        byId(driver, "plugins-grid");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @Order(1)
    void aGeneratedPluginBuildsPassesTheKitAndComesAndGoesOnTheRunningHall() throws Exception {
        long t0 = System.nanoTime();
        Path project = generate("dental", "DEN", "Dental clinic", "口腔科");
        dental = project;
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
        Screenshots.save(driver, "vendor-kit-dental-screen-1366x900");

        // its conformance test, as the vendor runs it (mvn verify)
        long k0 = System.nanoTime();
        Result kit = maven(project, "verify", "-Dservicehall.distribution=" + Distribution.tarball());
        System.out.printf("MEASURE the generated plugin's mvn verify with the conformance kit: %.1f s%n", (System.nanoTime() - k0) / 1e9);
        if (kit.exit != 0) {
            // one CI run failed here with nothing but the kit's Karaf stopping in the log: say what failed, and
            // run the kit once more to tell a machine too busy for one of its waits from a kit that fails
            System.out.println("VENDOR KIT FAILED ONCE, running it again; what failed:\n" + kit.tail());
            kit = maven(project, "failsafe:integration-test", "failsafe:verify", "-Dservicehall.distribution=" + Distribution.tarball());
        }
        assertEquals(0, kit.exit, "the generated plugin passes the conformance kit:\n" + kit.tail());
        String report = failsafeReport(project);
        assertEveryCheckPassed(report);

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

        // 4. a priority policy that looks each ticket up as it compares two (here: waits 0.1 ms for it)
        Files.writeString(code.resolve("LooksEachTicketUpPolicy.java"), "package com.example.optics.internal;\n\n"
                + "import java.time.Instant;\nimport java.util.Comparator;\nimport java.util.Set;\nimport java.util.concurrent.locks.LockSupport;\n\n"
                + "import org.osgi.service.component.annotations.Component;\nimport org.servicehall.queue.PriorityPolicy;\n"
                + "import org.servicehall.queue.Ticket;\n\n"
                + "@Component(service = PriorityPolicy.class)\npublic final class LooksEachTicketUpPolicy implements PriorityPolicy {\n"
                + "    @Override\n    public boolean appliesTo(String sector, Set<String> serviceCodes) {\n        return Sector.NAME.equals(sector);\n    }\n\n"
                + "    @Override\n    public Comparator<Ticket> order(Instant now) {\n"
                + "        return Comparator.comparingLong(t -> {\n            LockSupport.parkNanos(100_000);\n            return t.id();\n        });\n"
                + "    }\n}\n");

        Result kit = maven(project, "verify", "-Dservicehall.distribution=" + Distribution.tarball());
        assertNotEquals(0, kit.exit, "the broken plugin fails its conformance test");
        String report = failsafeReport(project);
        for (String problem : List.of(
                "the priority policy LooksEachTicketUpPolicy did not order 10,000 waiting tickets (a call at a window waits for it) within"
                        + " its budget of 200 ms",
                "the bundle imports the platform's internal package org.servicehall.site.internal",
                "HALL-INF/catalogue/optics.properties line " + badLine + ": 'OPT-LENS.name Lenses fitted' is not 'key = value'",
                "the key optics.intro has an English text but no Chinese one in HALL-INF/i18n/optics_zh_CN.properties",
                "the key optics.intro read in SectorView.java has no Chinese text")) {
            assertTrue(report.contains(problem), "the kit names: " + problem + "\n" + report);
        }
    }

    /**
     * A screen that shows to more roles than the plugin declares: the kit signs in as a staff member
     * and a supervisor and names the screen, the role it needs and the account it showed to.
     */
    @Test
    @Order(3)
    void aScreenShownToLowerRolesThanDeclaredFailsTheKitNamingTheScreenAndTheRoles() throws Exception {
        Path project = generate("signage", "SIG", "Signage", "标识标牌");
        Path screen = project.resolve("src/main/java/com/example/signage/internal/SectorScreen.java");
        String code = Files.readString(screen, StandardCharsets.UTF_8);
        assertTrue(code.contains("Role.ADMIN, Sector.NAME"), code);
        Files.writeString(screen, code.replace("Role.ADMIN, Sector.NAME", "Role.STAFF, Sector.NAME"), StandardCharsets.UTF_8);

        Result kit = maven(project, "verify", "-Dservicehall.distribution=" + Distribution.tarball(),
                "-Dit.test=SectorConformanceIT#theKarInstalls*+everyScreen*");
        assertNotEquals(0, kit.exit, "the plugin fails its conformance test");
        String report = failsafeReport(project);
        for (String problem : List.of(
                "the screen /signage/catalogue needs ADMIN but showed #signage-catalogue to a signed-in STAFF account (k901): declare the role"
                        + " it needs in its ViewInfo",
                "the screen /signage/catalogue needs ADMIN but showed #signage-catalogue to a signed-in SUPERVISOR account (k902)")) {
            assertTrue(report.contains(problem), "the kit names: " + problem + "\n" + report);
        }
        assertTrue(report.contains("tests=\"2\"") && report.contains("failures=\"1\""), "the install passed, the screens failed: "
                + report.lines().limit(3).toList());
    }

    /**
     * The compatibility promise (docs/plugins.md §6), kept: the platform's next release adds to the
     * site API (ServiceCatalogue gains a method with a default: bnd's baseline calls it minor, 1.5.0 →
     * 1.6.0 at the time of writing), the site bundle and the platform bundles that implement its
     * provider interfaces (bnd gives them the range [1.5,1.6)) are rebuilt from this build's sources
     * with Maven and bnd and swapped into a copy of the distribution — only they: the platform's
     * consumers of the package, built against the old version like the plugin, keep resolving. The dental plugin
     * test 1 built, not rebuilt, passes the whole conformance kit on it: it resolves, installs,
     * serves its screen and REST path, and comes and goes.
     */
    @Test
    @Order(4)
    void aPluginBuiltEarlierPassesTheKitOnACompatiblyChangedPlatform() throws Exception {
        Path project = builtDental();
        Version now = siteApi();
        Version minor = new Version(now.getMajor(), now.getMinor() + 1, 0);
        Path platform = changedPlatform("minor", minor, false, Map.of(CATALOGUE, c -> c.replace("    List<CatalogueItem> items();\n",
                "    List<CatalogueItem> items();\n\n    /** Whether a plugin running now offers the item (since " + minor + "). */\n"
                        + "    default boolean offers(String code) {\n        return item(code).isPresent();\n    }\n")));
        Result kit = maven(project, "failsafe:integration-test", "failsafe:verify", "-Dservicehall.distribution=" + platform);
        assertEquals(0, kit.exit, "the plugin built for site API " + now + " passes the kit on site API " + minor + ":\n" + kit.tail());
        assertEveryCheckPassed(failsafeReport(project));
    }

    /**
     * A breaking change (ServiceCatalogue.sectors() renamed: bnd's baseline calls it major, 2.0.0 from 1.5.0;
     * the platform's own code follows it and every bundle importing the package is rebuilt against it):
     * the platform refuses the plugin built earlier, and the kit says which versions it accepts, which
     * the platform exports and what to do.
     */
    @Test
    @Order(5)
    void anIncompatiblyChangedPlatformRefusesThePluginWithTheVersionsAndWhatToDo() throws Exception {
        Path project = builtDental();
        Version now = siteApi();
        Version major = new Version(now.getMajor() + 1, 0, 0);
        Path platform = changedPlatform("major", major, true, Map.of(
                CATALOGUE, c -> c.replace("Set<String> sectors();", "Set<String> sectorsRunning();"),
                "platform/site/src/main/java/org/servicehall/site/internal/ServiceCatalogueImpl.java",
                c -> c.replace("public Set<String> sectors() {", "public Set<String> sectorsRunning() {"),
                "platform/site/src/main/java/org/servicehall/site/internal/DemoSite.java",
                c -> c.replace("catalogue.sectors()", "catalogue.sectorsRunning()")));
        Result kit = maven(project, "failsafe:integration-test", "failsafe:verify", "-Dservicehall.distribution=" + platform,
                "-Dit.test=SectorConformanceIT#theBundle*+theKar*");
        assertNotEquals(0, kit.exit, "the plugin built for site API " + now + " is refused on site API " + major);
        String report = failsafeReport(project);
        String refused = "the bundle does not resolve: it imports org.servicehall.site in versions [" + now.getMajor() + "." + now.getMinor()
                + ".0," + major + ") and the platform exports it in version " + major + " (servicehall-site-" + VERSION + ".jar): a new major version: the package changed incompatibly since the"
                + " plugin was built, so this platform refuses it; rebuild the plugin against this platform (its servicehall-bom) and adapt it"
                + " to the change (docs/plugins.md, section 6)";
        assertTrue(report.contains(refused), "the kit says why:\n" + report);
    }

    private static final String CATALOGUE = "platform/site/src/main/java/org/servicehall/site/ServiceCatalogue.java";
    private static final String SITE_API = "org.servicehall.site";

    /** The dental plugin as test 1 built it against this platform (built here if test 1 did not run). */
    private static Path builtDental() throws Exception {
        if (dental == null || !Files.isDirectory(dental.resolve("target/test-classes"))) {
            dental = generate("dental", "DEN", "Dental clinic", "口腔科");
            assertEquals(0, maven(dental, "package", "-DskipITs").exit, "the generated plugin builds");
        }
        try (JarFile jar = new JarFile(dental.resolve("target/servicehall-dental-1.0.0.jar").toFile())) {
            Version now = siteApi();
            assertTrue(jar.getManifest().getMainAttributes().getValue("Import-Package").contains(SITE_API + ";version=\"[" + now.getMajor() + "."
                    + now.getMinor() + "," + (now.getMajor() + 1) + ")\""), "the plugin was built against site API " + now);
        }
        return dental;
    }

    /**
     * The platform's next release with one change to the site API, made as that release would make
     * it: this build's sources of the site bundle (and, with {@code importersToo}, of every bundle of
     * the distribution importing {@value #SITE_API}: a major change needs them rebuilt) copied, {@code edits} applied (file → its new text) and the package's
     * version set to {@code version}, all built with Maven offline (bnd writes their manifests and
     * import ranges), and their jars swapped into a copy of the distribution. bnd's baseline must
     * agree that {@code version} is the version the change calls for. The tarball of that copy.
     */
    private static Path changedPlatform(String name, Version version, boolean importersToo, Map<String, UnaryOperator<String>> edits)
            throws Exception {
        Path dir = Files.createDirectories(work.resolve("platform-" + name + "-" + System.nanoTime()));
        Path dist = Files.createDirectories(dir.resolve("distribution"));
        assertEquals(0, new ProcessBuilder("tar", "xzf", Distribution.tarball().toString(), "-C", dist.toString()).inheritIO().start().waitFor());
        Path top;
        try (Stream<Path> tops = Files.list(dist)) {
            top = tops.findFirst().orElseThrow();
        }
        Map<String, Path> sources = moduleSources();
        List<String> modules = new ArrayList<>(List.of("platform/site"));
        try (Stream<Path> jars = Files.walk(top.resolve("system/org/servicehall"))) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                String artifact = jar.getParent().getParent().getFileName().toString();
                if ((importersToo ? importsTheSiteApi(jar) : providesTheSiteApi(jar)) && sources.containsKey(artifact)) {
                    String module = ROOT.relativize(sources.get(artifact)).toString();
                    if (!modules.contains(module)) {
                        modules.add(module);
                    }
                }
            }
        }
        assertTrue(!importersToo || modules.size() > 5, "the platform's bundles importing the site API: " + modules);

        Path src = Files.createDirectories(dir.resolve("sources"));
        for (String parent : List.of("pom.xml", "platform/pom.xml", "plugins/pom.xml")) {
            copy(ROOT.resolve(parent), src.resolve(parent));
        }
        for (String module : modules) {
            copy(ROOT.resolve(module).resolve("pom.xml"), src.resolve(module).resolve("pom.xml"));
            copy(ROOT.resolve(module).resolve("src/main"), src.resolve(module).resolve("src/main"));
        }
        Map<String, UnaryOperator<String>> all = new java.util.LinkedHashMap<>(edits);
        all.put("platform/site/src/main/java/org/servicehall/site/package-info.java",
                c -> c.replaceFirst("@org.osgi.annotation.versioning.Version\\(\"[0-9.]+\"\\)", "@org.osgi.annotation.versioning.Version(\"" + version + "\")"));
        for (Map.Entry<String, UnaryOperator<String>> e : all.entrySet()) {
            Path file = src.resolve(e.getKey());
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = e.getValue().apply(before);
            assertNotEquals(before, after, "the change applies to " + e.getKey());
            Files.writeString(file, after, StandardCharsets.UTF_8);
        }
        StringBuilder aggregator = new StringBuilder("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>org.servicehall</groupId><artifactId>servicehall-changed-platform</artifactId><version>" + VERSION
                + "</version><packaging>pom</packaging><modules>");
        modules.forEach(m -> aggregator.append("<module>").append(m).append("</module>"));
        Files.writeString(src.resolve("changed-platform.xml"), aggregator.append("</modules></project>\n"));
        long t0 = System.nanoTime();
        Result build = maven(src, "-f", "changed-platform.xml", "package", "-Dmaven.test.skip=true");
        assertEquals(0, build.exit, "the changed platform builds:\n" + build.tail());
        System.out.printf("MEASURE the %s-changed platform's %d bundles rebuilt in %.1f s%n", name, modules.size(), (System.nanoTime() - t0) / 1e9);

        // bnd's baseline of the rebuilt site bundle against this build's: the version is the one the change calls for
        Path site = src.resolve("platform/site/target/servicehall-site-" + VERSION + ".jar");
        PlatformApiBundles.ApiBundle changed;
        try (JarFile jar = new JarFile(site.toFile())) {
            changed = new PlatformApiBundles.ApiBundle("servicehall-site", site, PlatformApiBundles.apiExports(jar.getManifest()));
        }
        assertEquals(version, changed.version(SITE_API), "the rebuilt site bundle exports the site API at " + version);
        assertEquals(List.of(), ApiBaseline.check(ApiBaseline.treeOf(changed), ApiBaseline.treeOf(siteBundle())),
                "bnd's baseline: " + version + " is the version this change calls for");

        for (String module : modules) {
            String artifact = artifactId(src.resolve(module).resolve("pom.xml"));
            Path jar = top.resolve("system/org/servicehall/" + artifact + "/" + VERSION + "/" + artifact + "-" + VERSION + ".jar");
            assertTrue(Files.isRegularFile(jar), "the distribution has " + jar);
            Files.copy(src.resolve(module).resolve("target/" + artifact + "-" + VERSION + ".jar"), jar, StandardCopyOption.REPLACE_EXISTING);
            if (!artifact.equals("servicehall-site")) {
                String minor = version.getMajor() + "." + version.getMinor();
                try (JarFile rebuilt = new JarFile(jar.toFile())) {
                    String imports = rebuilt.getManifest().getMainAttributes().getValue("Import-Package");
                    assertTrue(imports.contains(SITE_API + ";version=\"[" + minor), artifact + " was rebuilt against site API " + version
                            + ": " + imports);
                }
            }
        }
        Path tarball = dir.resolve("servicehall-" + name + ".tar.gz");
        assertEquals(0, new ProcessBuilder("tar", "-I", "gzip -1", "-cf", tarball.toString(), "-C", dist.toString(), top.getFileName().toString())
                .inheritIO().start().waitFor());
        return tarball;
    }

    /** This build's site bundle. */
    private static PlatformApiBundles.ApiBundle siteBundle() throws IOException {
        return PlatformApiBundles.all().stream().filter(b -> b.name().equals("servicehall-site")).findFirst().orElseThrow();
    }

    /** The version this build's site bundle exports the site API in. */
    private static Version siteApi() throws IOException {
        return siteBundle().version(SITE_API);
    }

    /**
     * Whether the bundle implements the site API's provider interfaces: bnd gives such a bundle the
     * provider range {@code [x.y,x.y+1)}, which a minor change leaves behind (a consumer's
     * {@code [x.y,x+1)} takes it) — so it is rebuilt with the change, as a release would.
     */
    private static boolean providesTheSiteApi(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String imports = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Import-Package");
            // a provider's range names the next minor version ("[1.5,1.6)"), a consumer's the next major one ("[1.5,2)")
            return imports != null && Pattern.compile("(^|,)" + Pattern.quote(SITE_API) + ";version=\"\\[\\d+\\.\\d+,\\d+\\.\\d+\\)\"")
                    .matcher(imports).find();
        }
    }

    private static boolean importsTheSiteApi(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String imports = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Import-Package");
            return imports != null && Pattern.compile("(^|,)" + Pattern.quote(SITE_API) + "(;|,|$)").matcher(imports).find();
        }
    }

    /** This build's platform and plugin modules: artifactId → folder. */
    private static Map<String, Path> moduleSources() throws IOException {
        Map<String, Path> found = new java.util.HashMap<>();
        for (String group : List.of("platform", "plugins")) {
            try (Stream<Path> modules = Files.list(ROOT.resolve(group))) {
                for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
                    found.put(artifactId(module.resolve("pom.xml")), module);
                }
            }
        }
        return found;
    }

    /** Copies a file, or a folder with everything in it. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : all.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every check of the kit ran and passed. */
    private static void assertEveryCheckPassed(String report) {
        assertTrue(report.contains("tests=\"12\"") && report.contains("failures=\"0\"") && report.contains("errors=\"0\"")
                && report.contains("skipped=\"0\""), "every check of the kit ran and passed: " + report.lines().limit(3).toList());
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
        /**
         * What went wrong, as a reader needs it: the failed checks of the kit with their messages (from
         * the failsafe report of the project the log belongs to), then the last lines of Maven's log. The
         * log alone ends in the kit's Karaf shutting down, which names nothing.
         */
        String tail() throws IOException {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            for (String line : all) {
                if (line.startsWith("[ERROR] ") && (line.contains("IT.") || line.contains("Tests run:") || line.contains("expected"))) {
                    out.append(line).append('\n');
                }
            }
            Path reports = dir(all);
            if (reports != null && Files.isDirectory(reports)) {
                try (Stream<Path> files = Files.list(reports)) {
                    for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                        out.append("--- ").append(txt.getFileName()).append('\n');
                        Files.readAllLines(txt, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("\tat ")).limit(120)
                                .forEach(l -> out.append(l).append('\n'));
                    }
                }
            }
            out.append("--- the last lines of mvn's log ").append(log).append('\n');
            return out.append(String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()))).toString();
        }

        /** The failsafe reports' folder of the project Maven built, read from the log's "See … failsafe-reports" line. */
        private static Path dir(List<String> log) {
            for (String line : log) {
                Matcher m = Pattern.compile("See (\\S+/failsafe-reports) for the individual test results").matcher(line);
                if (m.find()) {
                    return Path.of(m.group(1));
                }
            }
            return null;
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
