package org.servicehall.conformance;

import org.openqa.selenium.TimeoutException;
import java.io.ByteArrayInputStream;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicehall.common.HallProperties;
import org.servicehall.testing.Browser;

/**
 * The conformance kit (issue 18): a vendor's plugin extends this class in its own build, names
 * its sector and screens in {@link #plugin()}, and {@code mvn verify} checks it against the
 * platform it was built for. Each check is one test whose failure says what is wrong in the
 * plugin and what to do; the checks in the running distribution are skipped, with the reason,
 * when the plugin could not be installed.
 *
 * <pre>
 * class RadiologyConformanceIT extends PluginConformanceTest {
 *     protected PluginUnderTest plugin() {
 *         return PluginUnderTest.sector("radiology").screen("radiology/catalogue", Role.ADMIN, "radiology-catalogue").build();
 *     }
 * }
 * </pre>
 *
 * It boots the real distribution (the tarball named by {@code servicehall.distribution}, with
 * the platform's {@link org.servicehall.testing.Distribution}), installs the KAR through
 * {@code deploy/} as a site's admin may, and drives the console in headless Chromium
 * ({@link Browser}) for the screens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class PluginConformanceTest {
    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(90);

    private PluginUnderTest plugin;
    private PluginArchive bundle;
    private Set<String> restPaths;
    private Set<String> catalogueCodes;
    private RunningHall hall;
    private Browser browser;
    private int viewsWithout;
    private boolean installed;
    private String notInstalled = "the plugin was not installed";

    /** The plugin to check: its sector and the screens it contributes. */
    protected abstract PluginUnderTest plugin();

    @BeforeAll
    final void readThePlugin() {
        plugin = plugin();
        bundle = PluginArchive.read(plugin.bundle());
        restPaths = StaticChecks.restPaths(bundle, getClass().getClassLoader());
        catalogueCodes = catalogueCodes(bundle);
    }

    /** Boots the distribution for the checks that need it (the checks of the bundle alone report first, whatever happens here). */
    private void bootThePlatform() throws IOException {
        Path work = Files.createTempDirectory(plugin.project().resolve("target"), "conformance-hall-");
        try {
            hall = RunningHall.start(work);
        } catch (RuntimeException e) {
            notInstalled = "not checked: the distribution did not start (see 'the KAR installs and the bundle resolves')";
            fail("the platform's distribution did not start, so the plugin could not be installed: " + e.getMessage(), e);
        }
        viewsWithout = hall.views();
    }

    @AfterAll
    final void stopThePlatform() {
        if (browser != null) {
            browser.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("the bundle exports nothing")
    void theBundleExportsNothing() {
        report(StaticChecks.exportsNothing(bundle));
    }

    @Test
    @Order(2)
    @DisplayName("the bundle imports no platform internal package")
    void theBundleImportsNoPlatformInternalPackage() {
        report(StaticChecks.importsNoPlatformInternal(bundle));
    }

    @Test
    @Order(3)
    @DisplayName("the bundle names its sector")
    void theBundleNamesItsSector() {
        report(StaticChecks.namesItsSector(bundle, plugin.sector()));
    }

    @Test
    @Order(4)
    @DisplayName("i18n keys are complete in English and Chinese")
    void translationsAreCompleteInBothLanguages() {
        report(StaticChecks.translationsComplete(bundle, plugin.project().resolve("src/main/java")));
    }

    @Test
    @Order(10)
    @DisplayName("the KAR installs and the bundle resolves and starts in the distribution")
    void theKarInstallsAndTheBundleResolves() throws IOException {
        bootThePlatform();
        long mark = hall.logMark();
        hall.deploy(plugin.kar());
        List<String> words = List.of(bundle.symbolicName(), plugin.kar().getFileName().toString(), plugin.feature());
        boolean settled = RunningHall.await(INSTALL_TIMEOUT, () -> !hall.loggedSince(mark, words).isEmpty() || contributed());
        boolean up = RunningHall.await(Duration.ofSeconds(5), this::contributed); // an error logged first may still be followed by the start
        List<String> problems = new ArrayList<>();
        if (!up) {
            List<String> logged = hall.loggedSince(mark, words);
            if (logged.isEmpty()) { // what Karaf warned about meanwhile, whatever it names
                logged = hall.loggedSince(mark, List.of("")).stream().limit(10).toList();
            }
            problems.add("the plugin did not install" + (settled ? "" : " within " + INSTALL_TIMEOUT.toSeconds() + " s")
                    + (logged.isEmpty() ? "" : "; Karaf says:"));
            logged.forEach(l -> problems.add("  " + l));
            hall.unresolvedImports(mark).forEach(p -> problems.add("the bundle does not resolve: no bundle of the platform exports the package "
                    + p + " that it imports"));
            problems.addAll(missingContributions());
        }
        problems.addAll(hall.componentProblems(bundle.symbolicName()));
        installed = up;
        if (!up) {
            notInstalled = "not checked: the plugin did not install (see 'the KAR installs and the bundle resolves')";
        }
        report(problems);
    }

    @Test
    @Order(11)
    @DisplayName("every HALL-INF file parses without problems")
    void everyHallInfFileParses() {
        List<String> problems = new ArrayList<>(StaticChecks.hallInfFilesRead(bundle));
        if (installed) {
            problems.addAll(hall.pluginTroubles(bundle.symbolicName()));
        }
        report(problems);
    }

    @Test
    @Order(12)
    @DisplayName("every screen answers for its role and is refused to others")
    void everyScreenAnswersForItsRoleAndIsRefusedToOthers() {
        assumeTrue(installed, notInstalled);
        List<String> problems = new ArrayList<>();
        int views = hall.views();
        if (views != viewsWithout + plugin.screens().size()) {
            problems.add("the plugin adds " + (views - viewsWithout) + " screen(s) but its conformance test declares " + plugin.screens().size()
                    + ": declare each screen with screen(path, role, elementId)");
        }
        for (PluginUnderTest.Screen s : plugin.screens()) {
            if (s.role() == null) {
                if (!opens(anonymous(), s)) {
                    problems.add("the public screen /" + s.path() + " did not show #" + s.elementId());
                }
                continue;
            }
            if (opens(anonymous(), s)) {
                problems.add("the screen /" + s.path() + " needs " + s.role() + " but showed #" + s.elementId() + " to a visitor who is not signed in");
            } else if (!anonymous().getCurrentUrl().contains("/login")) {
                problems.add("the screen /" + s.path() + " did not send a visitor who is not signed in to the login page");
            }
            if (!opens(admin(), s)) {
                problems.add("the screen /" + s.path() + " did not show #" + s.elementId() + " to the admin within 30 s");
            }
        }
        report(problems);
    }

    @Test
    @Order(13)
    @DisplayName("every REST resource is in /api/openapi.json")
    void everyRestResourceIsInTheOpenApiDocument() {
        assumeTrue(installed, notInstalled);
        Set<String> listed = hall.openApiPaths();
        List<String> problems = new ArrayList<>();
        for (String path : restPaths) {
            if (!listed.contains(path)) {
                problems.add("the REST path /api" + path + " is not in /api/openapi.json: the platform did not take the resource "
                        + "(is it a DS service of type ApiResource, importing jakarta.ws.rs from the servicehall-web bundle?)");
            }
        }
        report(problems);
    }

    @Test
    @Order(14)
    @DisplayName("the catalogue's items join the demo hall")
    void theCataloguesItemsJoinTheDemoHall() {
        assumeTrue(installed, notInstalled);
        List<String> problems = new ArrayList<>();
        RunningHall.await(Duration.ofSeconds(10), () -> hall.demoItems().keySet().containsAll(catalogueCodes));
        Map<String, Boolean> items = hall.demoItems();
        for (String code : catalogueCodes) {
            if (!Boolean.TRUE.equals(items.get(code))) {
                problems.add("the service item " + code + " of HALL-INF/catalogue/ is not " + (items.containsKey(code) ? "available" : "offered")
                        + " in the demo hall");
            }
        }
        report(problems);
    }

    @Test
    @Order(20)
    @DisplayName("uninstalling withdraws every contribution while the platform keeps serving")
    void uninstallingWithdrawsEveryContribution() {
        assumeTrue(installed, notInstalled);
        hall.undeploy(plugin.kar());
        boolean gone = RunningHall.await(INSTALL_TIMEOUT, this::withdrawn);
        List<String> problems = new ArrayList<>();
        if (!gone) {
            int left = hall.views() - viewsWithout;
            if (left > 0) {
                problems.add(left + " of the plugin's screens are still served " + INSTALL_TIMEOUT.toSeconds() + " s after it was uninstalled");
            }
            Set<String> listed = hall.openApiPaths();
            restPaths.stream().filter(listed::contains).forEach(p -> problems.add("the REST path /api" + p + " is still in /api/openapi.json"));
            Map<String, Boolean> items = hall.demoItems();
            catalogueCodes.stream().filter(c -> Boolean.TRUE.equals(items.get(c)))
                    .forEach(c -> problems.add("the service item " + c + " is still available in the demo hall"));
        }
        for (PluginUnderTest.Screen s : plugin.screens()) {
            WebDriver d = admin();
            d.get(hall.baseUrl() + "/" + s.path());
            if (!present(d, "not-found", 20) && !present(d, "home", 1)) {
                problems.add("the screen /" + s.path() + " still answers after the plugin was uninstalled");
            }
        }
        if (!hall.serving()) {
            problems.add("the platform stopped serving (/api/health/live or /api/v1/sites) after the plugin was uninstalled");
        }
        installed = false;
        notInstalled = "not checked: the plugin was not withdrawn";
        if (problems.isEmpty()) {
            notInstalled = "not checked: the plugin is uninstalled";
        }
        report(problems);
    }

    @Test
    @Order(21)
    @DisplayName("reinstalling brings every contribution back, with the data")
    void reinstallingBringsThemBack() {
        assumeTrue(!notInstalled.contains("not withdrawn") && notInstalled.contains("uninstalled"), notInstalled);
        hall.deploy(plugin.kar());
        boolean back = RunningHall.await(INSTALL_TIMEOUT, () -> contributed()
                && hall.demoItems().entrySet().stream().filter(e -> catalogueCodes.contains(e.getKey())).allMatch(Map.Entry::getValue));
        List<String> problems = new ArrayList<>();
        if (!back) {
            problems.add("the plugin's contributions did not come back within " + INSTALL_TIMEOUT.toSeconds() + " s of reinstalling it:");
            problems.addAll(missingContributions());
        }
        for (PluginUnderTest.Screen s : plugin.screens()) {
            if (s.role() != null && !opens(admin(), s)) {
                problems.add("the screen /" + s.path() + " did not show #" + s.elementId() + " to the admin after reinstalling");
            }
        }
        installed = back;
        report(problems);
    }

    /** Whether every contribution the plugin declares is served. */
    private boolean contributed() {
        return hall.views() == viewsWithout + plugin.screens().size() && hall.openApiPaths().containsAll(restPaths)
                && (plugin.screens().size() > 0 || !restPaths.isEmpty() || hall.demoItems().keySet().containsAll(catalogueCodes));
    }

    private boolean withdrawn() {
        Set<String> listed = hall.openApiPaths();
        Map<String, Boolean> items = hall.demoItems();
        return hall.views() == viewsWithout && restPaths.stream().noneMatch(listed::contains)
                && catalogueCodes.stream().noneMatch(c -> Boolean.TRUE.equals(items.get(c)));
    }

    private List<String> missingContributions() {
        List<String> missing = new ArrayList<>();
        int added = hall.views() - viewsWithout;
        if (added != plugin.screens().size()) {
            missing.add("  " + added + " of its " + plugin.screens().size() + " screen(s) are served");
        }
        Set<String> listed = hall.openApiPaths();
        restPaths.stream().filter(p -> !listed.contains(p)).forEach(p -> missing.add("  the REST path /api" + p + " is not served"));
        return missing;
    }

    private boolean opens(WebDriver d, PluginUnderTest.Screen s) {
        d.get(hall.baseUrl() + "/" + s.path());
        return present(d, s.elementId(), d == admin() ? 30 : 8);
    }

    private static boolean present(WebDriver d, String id, int seconds) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(seconds), Duration.ofMillis(200)).until(x -> !x.findElements(By.id(id)).isEmpty());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private WebDriver anonymousDriver;
    private WebDriver adminDriver;

    /** A browser window of a visitor who is not signed in (a session of its own: cookies cleared). */
    private WebDriver anonymous() {
        if (anonymousDriver == null) {
            anonymousDriver = browser().driver();
        }
        return anonymousDriver;
    }

    /** A second browser, signed in as the admin. */
    private WebDriver admin() {
        if (adminDriver == null) {
            requireChromium();
            adminBrowser = new Browser();
            adminDriver = adminBrowser.driver();
            adminDriver.get(hall.baseUrl() + "/login");
            WebElement form = new WebDriverWait(adminDriver, Duration.ofSeconds(30))
                    .until(x -> x.findElements(By.id("vaadinLoginFormWrapper")).stream().findFirst().orElse(null));
            form.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
            form.findElement(By.cssSelector("input[name=password]")).sendKeys(RunningHall.ADMIN_PASSWORD);
            form.findElement(By.cssSelector("vaadin-button")).click();
            new WebDriverWait(adminDriver, Duration.ofSeconds(30)).until(x -> !x.getCurrentUrl().contains("/login"));
        }
        return adminDriver;
    }

    private Browser adminBrowser;

    private Browser browser() {
        requireChromium();
        if (browser == null) {
            browser = new Browser();
        }
        return browser;
    }

    private static void requireChromium() {
        if (!Browser.available()) {
            fail("the screens are checked in headless Chromium: install it (apt-get install chromium chromium-driver)");
        }
    }

    @AfterAll
    final void closeTheAdminsBrowser() {
        if (adminBrowser != null) {
            adminBrowser.close();
        }
    }

    private static Set<String> catalogueCodes(PluginArchive bundle) {
        Set<String> codes = new TreeSet<>();
        bundle.hallInf().forEach((path, content) -> {
            if (path.startsWith("HALL-INF/catalogue/") && path.endsWith(".properties")) {
                HallProperties file = HallProperties.read(path, new ByteArrayInputStream(content));
                file.groups("").forEach(g -> codes.add(g.name()));
            }
        });
        return codes;
    }

    /** Fails with every problem, one a line, or passes when there is none. */
    static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() == 1 ? problems.get(0) : "\n  - " + String.join("\n  - ", problems));
        }
    }
}
