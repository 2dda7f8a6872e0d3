package org.servicehall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.ViewContribution;

/**
 * AC1-AC5 as a site installs them: the real distribution booted in Pax Exam with the platform and
 * the administrative centre only (no tax hall, no hospital in {@code featuresBoot}). The centre's
 * items, materials checklists, conduct rules and screens are there and none of the tax hall's; the
 * centre's case and pre-application stay through an uninstall and a reinstall of the centre.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminCentreOnlyIT {
    private static final String ADMIN_CENTER = "servicehall-admin-center";
    private static final String TAX_HALL = "servicehall-tax-hall";
    private static final String PASSWORD = "Pax-Exam-Secret-1";
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final Actor SUPERVISOR = new Actor("itest", "Container test", EnumSet.of(Role.SUPERVISOR));

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private SiteService sites;
    @Inject
    private ServiceCatalogue catalogue;
    @Inject
    private Checklists checklists;
    @Inject
    private ConductCatalogue conduct;
    @Inject
    private CaseReadModel cases;

    @Configuration
    public Option[] config() {
        // the site's choice: the platform and the administrative centre, no other sector
        return ExamHall.options("exam-admin-centre", PASSWORD, editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                "standard, framework, servicehall-platform, " + ADMIN_CENTER));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        ExamHall.await(what, condition);
    }

    private static int status(String path) {
        return ExamHall.status(path);
    }

    private static String body(String method, String path, String json, int expected) {
        String[] r = ExamHall.http(method, path, json);
        assertEquals(method + " " + path + ": " + r[1], String.valueOf(expected), r[0]);
        return r[1];
    }

    private List<ViewContribution> views(String sector) {
        try {
            return context.getServiceReferences(ViewContribution.class, null).stream().map(context::getService).filter(v -> v != null)
                    .filter(v -> v.info().sector().equals(sector)).toList();
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private long feePolicies(String sector) {
        try {
            return context.getServiceReferences(FeePolicy.class, null).stream().map(context::getService).filter(p -> p != null)
                    .filter(p -> sector.equals(p.sector())).count();
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private Site demo() {
        return sites.siteByCode("DEMO").orElseThrow(() -> new AssertionError("the demo hall was not created"));
    }

    /** Whether the centre is there as a site sees it: its screens, items, checklists and conduct rules. */
    private boolean centreIsThere(long site) {
        return !views("admin-center").isEmpty() && catalogue.item("AC-SOCIAL-CARD").isPresent()
                && !checklists.checklist(site, "AC-SOCIAL-CARD").isEmpty() && conduct.rule(site, "AC-DRESS-UNIFORM").isPresent();
    }

    @Test
    public void aSiteWithOnlyTheAdminCentreGetsItsItemsChecklistsAndScreensAndNoneOfTheTaxHalls_AC1_AC3_AC4() throws Exception {
        await("the node is ready", () -> status("/api/health/ready") == 200);
        long site = demo().id();
        await("the centre's items are adopted and on window 6", () -> sites.windows(site).stream()
                .anyMatch(w -> w.number() == 6 && w.serviceCodes().contains("AC-ENT-SETUP")));
        await("the centre's screens, items, checklists and conduct rules are there", () -> centreIsThere(site));

        assertTrue("the tax hall is not installed", java.util.Arrays.stream(features.listInstalledFeatures()).noneMatch(f -> f.getName().equals(TAX_HALL)));
        assertEquals(java.util.Set.of("admin-center"), java.util.Set.copyOf(catalogue.sectors()));
        assertTrue(catalogue.item("TX-REG-SETUP").isEmpty());
        assertTrue(sites.serviceItems(site).stream().noneMatch(i -> i.code().startsWith("TX-")));
        assertTrue(checklists.checklist(site, "TX-REG-SETUP").isEmpty());
        assertTrue(checklists.servicesWithChecklists(site).toString(), checklists.servicesWithChecklists(site).stream().allMatch(c -> c.startsWith("AC-")));
        assertTrue(checklists.servicesWithChecklists(site).containsAll(List.of("AC-SOCIAL-CARD", "AC-ENT-SETUP", "AC-FOOD-LICENCE")));
        assertTrue(views("tax-hall").isEmpty());
        assertEquals(0, feePolicies("tax-hall"));
        assertTrue("no tax hall conduct clauses", conduct.rule(site, "TX-NO-FEES").isEmpty());
        assertEquals(404, status("/api/v1/tax-hall/public/policy-notes/page?item=TX-REG-CHANGE"));
        // the centre's screens answer in the console, the tax hall's do not exist
        assertTrue(views("admin-center").stream().map(v -> v.info().path()).toList().containsAll(List.of("admin-center/workbench",
                "admin-center/inbox", "admin-center/guides", "admin-center/pre-applications", "admin-center/report")));
        String guides = body("GET", "/api/v1/admin-center/public/sites/DEMO/guides/page?lang=zh-CN", null, 200);
        assertTrue(guides, guides.contains("社会保障卡补换（当日办结）") && !guides.contains("税务"));
        // AC2: the weekly report as .xlsx, written by the fastexcel classes embedded in the plugin's bundle, in Karaf
        HttpURLConnection xlsx = ExamHall.open("GET", "/api/v1/admin-center/sites/DEMO/report.xlsx?week=2026-W49");
        assertEquals(200, xlsx.getResponseCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.getContentType());
        try (InputStream in = xlsx.getInputStream()) {
            byte[] book = in.readAllBytes();
            assertTrue("a zip (PK): " + book.length + " bytes", book.length > 1000 && book[0] == 'P' && book[1] == 'K');
        }
    }

    @Test
    public void uninstallingAndReinstallingTheAdminCentreKeepsItsCasesAndPreApplications_AC1_AC3() throws Exception {
        await("the node is ready", () -> status("/api/health/ready") == 200);
        long site = demo().id();
        await("the centre is there", () -> centreIsThere(site) && sites.windows(site).stream()
                .anyMatch(w -> w.number() == 6 && w.serviceCodes().contains("AC-SOCIAL-CARD")));
        long window = sites.windows(site).stream().filter(w -> w.number() == 6).findFirst().orElseThrow().id();

        // a case accepted at the comprehensive window and routed to its unit; a pre-application sent online
        body("POST", "/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D006\",\"window\":6}", 200);
        body("POST", "/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"AC-SOCIAL-CARD\"}", 201);
        Matcher ticket = Pattern.compile("\"id\":(\\d+)").matcher(body("POST", "/api/v1/queue/windows/" + window + "/call", null, 200));
        assertTrue(ticket.find());
        String accepted = body("POST", "/api/v1/admin-center/cases", "{\"ticketId\":" + ticket.group(1) + ",\"serviceCode\":\"AC-SOCIAL-CARD\","
                + "\"applicantKind\":\"PERSON\",\"applicantName\":\"张三\",\"applicantId\":\"11010519491231002X\",\"applicantPhone\":\"13812345678\",\"routeToResponsibleUnit\":true}", 200);
        Matcher number = Pattern.compile("DEMO-\\d{8}-\\d{4}").matcher(accepted);
        assertTrue(accepted, number.find());
        Case before = cases.byNumber(SUPERVISOR, number.group());
        assertEquals("HRSS", before.unit());
        String receipt = body("POST", "/api/v1/admin-center/public/sites/DEMO/pre-applications",
                "{\"serviceCode\":\"AC-ENT-SETUP\",\"applicantName\":\"李四\",\"applicantPhone\":\"13900001111\"}", 200);
        Matcher token = Pattern.compile("\"token\":\"([0-9a-f]+)\"").matcher(receipt);
        assertTrue(receipt, token.find());

        String version = features.getFeature(ADMIN_CENTER).getVersion();
        features.uninstallFeature(ADMIN_CENTER, version, NO_REFRESH);
        try {
            await("the centre's screens, items and checklists leave with it", () -> views("admin-center").isEmpty()
                    && catalogue.item("AC-SOCIAL-CARD").isEmpty() && checklists.checklist(site, "AC-SOCIAL-CARD").isEmpty());
            await("its REST paths leave with it", () -> status("/api/v1/admin-center/units") == 404);
            await("the platform answers ready without the centre", () -> status("/api/health/ready") == 200);
            Case kept = cases.byNumber(SUPERVISOR, number.group());
            assertEquals("casework keeps the centre's case while the centre is away", before.unit(), kept.unit());
            assertEquals(before.stage(), kept.stage());
        } finally {
            features.installFeature(ADMIN_CENTER, version, NO_REFRESH);
        }
        await("the centre is back", () -> centreIsThere(site) && status("/api/v1/admin-center/units") == 200);
        String inbox = body("GET", "/api/v1/admin-center/sites/DEMO/inbox?unit=HRSS", null, 200);
        assertTrue("the case is in the unit's inbox again: " + inbox, inbox.contains(number.group()));
        String page = body("GET", "/api/v1/admin-center/public/pre-applications/page?lang=zh-CN&t=" + token.group(1), null, 200);
        assertTrue("the pre-application is kept: " + page, page.contains("data-status=\"SUBMITTED\""));
        assertEquals("the centre's items are adopted once", 1, sites.serviceItems(site).stream().filter(i -> i.code().equals("AC-SOCIAL-CARD")).count());
    }
}
