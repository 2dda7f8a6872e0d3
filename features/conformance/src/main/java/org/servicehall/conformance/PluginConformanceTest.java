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
import org.servicehall.security.Role;
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
    @Order(5)
    @DisplayName("the plugin's rules answer within their time budgets")
    void thePluginsRulesAnswerWithinTheirTimeBudgets() {
        TimeBudgets.Rules rules = TimeBudgets.rules(bundle, getClass().getClassLoader(), plugin.rules());
        List<String> problems = new ArrayList<>(rules.problems());
        problems.addAll(TimeBudgets.check(rules.instances(), new TimeBudgets.Plugin(plugin.sector(), List.copyOf(catalogueCodes))));
        report(problems);
    }

    @Test
    @Order(10)
    @DisplayName("the KAR installs and the bundle resolves and starts in the distribution")
    void theKarInstallsAndTheBundleResolves() throws IOException {
        bootThePlatform();
        long mark = hall.logMark();
        hall.deploy(plugin.kar());
        List<String> words = List.of(bundle.symbolicName(), plugin.kar().getFileName().toString(), plugin.feature());
        boolean settled = RunningHall.await(INSTALL_TIMEOUT, () -> !hall.failuresSince(mark, words).isEmpty() || contributed());
        boolean up = RunningHall.await(Duration.ofSeconds(15), this::contributed); // an error logged first may still be followed by the start
        List<String> problems = new ArrayList<>();
        if (!up) {
            List<String> logged = hall.loggedSince(mark, words);
            if (logged.isEmpty()) { // what Karaf warned about meanwhile, whatever it names
                logged = hall.loggedSince(mark, List.of("")).stream().limit(10).toList();
            }
            problems.add("the plugin did not install" + (settled ? "" : " within " + INSTALL_TIMEOUT.toSeconds() + " s")
                    + (logged.isEmpty() ? "" : "; Karaf says:"));
            logged.forEach(l -> problems.add("  " + l));
            hall.unresolvedImports(mark).forEach(u -> problems.add(unresolved(u, hall.exporters(u.pkg()))));
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
        for (PluginUnderTest.Screen s : plugin.screens()) { // a visitor who is not signed in
            Shown shown = visit(as(null), s);
            if (s.role() == null) {
                if (shown != Shown.SCREEN) {
                    problems.add("the public screen /" + s.path() + " did not show #" + s.elementId());
                }
            } else if (shown == Shown.SCREEN) {
                problems.add("the screen /" + s.path() + " needs " + s.role() + " but showed #" + s.elementId() + " to a visitor who is not signed in");
            } else if (shown != Shown.LOGIN) {
                problems.add("the screen /" + s.path() + " did not send a visitor who is not signed in to the login page");
            }
        }
        for (Role role : Role.values()) { // an account of each role: the screen's role and those above see it, those below are refused
            for (PluginUnderTest.Screen s : plugin.screens()) {
                if (s.role() == null) {
                    continue;
                }
                Shown shown = visit(as(role), s);
                String account = "a signed-in " + role + " account (" + ACCOUNTS.get(role) + ")";
                if (role.compareTo(s.role()) >= 0 && shown != Shown.SCREEN) {
                    problems.add("the screen /" + s.path() + " is for " + s.role() + " but did not show #" + s.elementId() + " to " + account
                            + " within 30 s");
                } else if (role.compareTo(s.role()) < 0 && shown == Shown.SCREEN) {
                    problems.add("the screen /" + s.path() + " needs " + s.role() + " but showed #" + s.elementId() + " to " + account
                            + ": declare the role it needs in its ViewInfo");
                }
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

    /**
     * Why an import does not resolve, in a vendor's words: no bundle of the platform exports the
     * package, or it does in a version outside the range the plugin was built for (docs/plugins.md §6).
     */
    static String unresolved(RunningHall.Unresolved u, Map<String, String> exporters) {
        if (exporters.isEmpty()) {
            return "the bundle does not resolve: no bundle of the platform exports the package " + u.pkg() + " that it imports";
        }
        String exported = String.join(", ", exporters.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").toList());
        String why;
        if (u.from() != null && exporters.values().stream().allMatch(v -> compare(v, u.from()) < 0)) {
            why = "the platform is older than the one the plugin was built against; build the plugin against the oldest platform it "
                    + "is to run on";
        } else if (u.below() != null && exporters.values().stream().allMatch(v -> compare(v, u.below()) >= 0)) {
            why = "a new major version: the package changed incompatibly since the plugin was built, so this platform refuses it; "
                    + "rebuild the plugin against this platform (its servicehall-bom) and adapt it to the change";
        } else {
            why = "no exported version is in the range the plugin accepts";
        }
        return "the bundle does not resolve: it imports " + u.pkg() + " in versions " + u.range() + " and the platform exports it in version "
                + exported + ": " + why + " (docs/plugins.md, section 6)";
    }

    /** Compares two versions {@code major.minor.micro} by their numbers. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int number(String[] parts, int i) {
        try {
            return i < parts.length ? Integer.parseInt(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
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
        try {
            int added = hall.views() - viewsWithout;
            if (added != plugin.screens().size()) {
                missing.add("  " + added + " of its " + plugin.screens().size() + " screen(s) are served");
            }
            Set<String> listed = hall.openApiPaths();
            restPaths.stream().filter(p -> !listed.contains(p)).forEach(p -> missing.add("  the REST path /api" + p + " is not served"));
        } catch (RuntimeException e) { // a platform too busy to answer in time: what was found so far still says why
            missing.add("  the platform did not answer in time to list what is served (" + e.getMessage() + ")");
        }
        return missing;
    }

    private boolean opens(WebDriver d, PluginUnderTest.Screen s) {
        return visit(d, s) == Shown.SCREEN;
    }

    private static boolean present(WebDriver d, String id, int seconds) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(seconds), Duration.ofMillis(200)).until(x -> !x.findElements(By.id(id)).isEmpty());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** What a browser shows for a screen's route: the screen, the login page, or the home page a refused account is sent to. */
    enum Shown { SCREEN, LOGIN, HOME, NOTHING }

    /** Opens the screen's route; what answers first (within 30 s). */
    private Shown visit(WebDriver d, PluginUnderTest.Screen s) {
        d.get(hall.baseUrl() + "/" + s.path());
        try {
            return new WebDriverWait(d, Duration.ofSeconds(30), Duration.ofMillis(200)).until(x -> {
                if (!x.findElements(By.id(s.elementId())).isEmpty()) {
                    return Shown.SCREEN;
                }
                if (x.getCurrentUrl().contains("/login")) {
                    return Shown.LOGIN;
                }
                return x.findElements(By.id("home")).isEmpty() ? null : Shown.HOME;
            });
        } catch (TimeoutException e) {
            return Shown.NOTHING;
        }
    }

    /** The accounts the screens are checked for, by role: the first admin, and a staff member and a supervisor the kit names. */
    static final Map<Role, String> ACCOUNTS = Map.of(Role.STAFF, "k901", Role.SUPERVISOR, "k902", Role.ADMIN, "admin");
    private static final String ACCOUNT_PASSWORD = "Conformance-Kit-Staff-7";

    private WebDriver adminDriver;
    private Role signedIn;
    private boolean accountsNamed;

    /**
     * A browser of a visitor who is not signed in ({@code role} null), or signed in with an account
     * of {@code role}: the admin has a browser of its own; the staff member and the supervisor take
     * turns in the visitor's (its cookies cleared between them).
     */
    private WebDriver as(Role role) {
        if (role == Role.ADMIN) {
            return admin();
        }
        if (role != null && !accountsNamed) {
            nameTheAccounts();
        }
        WebDriver d = browser().driver();
        if (signedIn != role) {
            d.get(hall.baseUrl() + "/login");
            d.manage().deleteAllCookies();
            signedIn = null;
            if (role != null) {
                signIn(d, ACCOUNTS.get(role), ACCOUNT_PASSWORD);
                signedIn = role;
            }
        }
        return d;
    }

    /** A second browser, signed in as the admin. */
    private WebDriver admin() {
        if (adminDriver == null) {
            requireChromium();
            adminBrowser = new Browser();
            adminDriver = adminBrowser.driver();
            signIn(adminDriver, "admin", RunningHall.ADMIN_PASSWORD);
        }
        return adminDriver;
    }

    private void signIn(WebDriver d, String username, String password) {
        d.get(hall.baseUrl() + "/login");
        WebElement form = new WebDriverWait(d, Duration.ofSeconds(30))
                .until(x -> x.findElements(By.id("vaadinLoginFormWrapper")).stream().findFirst().orElse(null));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button")).click();
        try {
            new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> !x.getCurrentUrl().contains("/login"));
        } catch (TimeoutException e) {
            fail("the kit could not sign in as " + username + " on the platform's login page");
        }
    }

    /**
     * The staff member K901 (STAFF) and the supervisor K902 (STAFF and SUPERVISOR) of the demo hall,
     * named by the admin on the console's Staff page, as a site names its people.
     */
    private void nameTheAccounts() {
        WebDriver d = admin();
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR)) {
            String number = ACCOUNTS.get(role).toUpperCase();
            d.get(hall.baseUrl() + "/admin/staff");
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30), Duration.ofMillis(200));
            wait.until(x -> !x.findElements(By.id("staff-grid")).isEmpty());
            type(d, "staff-number", number);
            type(d, "staff-name", "Conformance kit " + role.name().toLowerCase());
            type(d, "staff-password", ACCOUNT_PASSWORD);
            if (role == Role.SUPERVISOR) {
                wait.until(x -> x.findElements(By.cssSelector("#staff vaadin-checkbox")).stream()
                        .filter(c -> c.getText().contains("Supervisor") || c.getText().contains("督查")).findFirst()
                        .map(c -> { c.click(); return true; }).orElse(false));
            }
            d.findElement(By.id("staff-save")).click();
            try {
                wait.until(x -> x.findElement(By.id("staff-grid")).getText().contains(number));
            } catch (TimeoutException e) {
                fail("the kit could not name the " + role + " account " + number + " on the console's Staff page, so the screens could not "
                        + "be checked for that role");
            }
        }
        accountsNamed = true;
    }

    /** Types into a Vaadin field (its inner input) and leaves it, so the value reaches the server. */
    private static void type(WebDriver d, String fieldId, String text) {
        WebElement input = new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> x.findElements(By.cssSelector("#" + fieldId + " input"))
                .stream().findFirst().orElse(null));
        input.clear();
        input.sendKeys(text);
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "arguments[0].blur(); arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
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
