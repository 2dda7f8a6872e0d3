package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The queue's REST operations as clients meet them: through the platform's real REST application
 * (JSON mapper, HTTP Basic role check, OpenAPI document) on the embedded database.
 *
 * <p>Each test gets a site of its own: service GENERAL (prefix A) at window 1, opening 09:00 to
 * 17:00; staff member R?01 (staff role) and supervisor R?02. The clock starts on Monday 2026-11-30
 * at 09:00 (Shanghai).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueApiTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final String PASSWORD = "Counter-Pass-2026";

    private QueueFixture fx;
    private ApiHarness api;
    private int siteCount;
    private Site site;
    private String staff;
    private String supervisor;

    @BeforeAll
    void startAll() throws Exception {
        fx = QueueFixture.start(TestDatabase.Kind.H2, new MutableClock(MutableClock.MONDAY_NINE));
        api = new ApiHarness(fx);
    }

    @AfterAll
    void closeAll() {
        api.close();
        fx.close();
    }

    @BeforeEach
    void newSite() {
        fx.clock.set(MutableClock.MONDAY_NINE);
        siteCount++;
        site = fx.sites.createSite(ADMIN, new SiteDraft("API-" + siteCount, "办税服务厅", null, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        fx.sites.createServiceItem(ADMIN, site.id(),
                new ServiceItemDraft("GENERAL", "综合业务", "A", null, TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "综合窗口", Set.of("GENERAL")));
        staff = "r" + siteCount + "01";
        supervisor = "r" + siteCount + "02";
        fx.sites.createStaff(ADMIN, site.id(), new StaffDraft(staff.toUpperCase(), "李娜", Set.of(Role.STAFF), true), PASSWORD);
        fx.sites.createStaff(ADMIN, site.id(), new StaffDraft(supervisor.toUpperCase(), "王芳", Set.of(Role.SUPERVISOR), true),
                PASSWORD);
    }

    private String path(String rest) {
        return "v1/queue/sites/" + site.code() + "/" + rest;
    }

    // ---- S1: who may read what

    @Test
    void aSitesQueueSettingsNeedAStaffLogin_S1_Q3() {
        ApiHarness.Answer anonymous = api.get(path("settings"));
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.body().contains("STAFF"), anonymous.body());
        ApiHarness.Answer wrong = api.get(path("settings"), staff, "not-the-password");
        assertEquals(401, wrong.status(), wrong.body());
        ApiHarness.Answer signedIn = api.get(path("settings"), staff, PASSWORD);
        assertEquals(200, signedIn.status(), signedIn.body());
        assertTrue(signedIn.body().contains("\"GENERAL\""), signedIn.body());
    }

    // ---- Q10: figures as numbers

    @Test
    void theShareWithinTargetIsANumberOrNullNeverTheStringNaN_Q10() throws Exception {
        ApiHarness.Answer none = api.get(path("stats"), supervisor, PASSWORD);
        assertEquals(200, none.status(), none.body());
        JsonNode general = service(json(none.body()), "GENERAL");
        assertTrue(general.has("withinTarget"), none.body());
        assertTrue(general.get("withinTarget").isNull(), "nobody called yet: nothing to measure, " + none.body());

        api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null);
        fx.clock.advanceMinutes(3);
        long window = fx.sites.windows(site.id()).get(0).id();
        assertEquals(200, api.send("POST", "v1/queue/windows/" + window + "/call", null, staff, PASSWORD).status());
        ApiHarness.Answer one = api.get(path("stats"), supervisor, PASSWORD);
        JsonNode share = service(json(one.body()), "GENERAL").get("withinTarget");
        assertTrue(share.isNumber(), one.body());
        assertEquals(1.0, share.doubleValue());

        JsonNode schema = json(api.get("openapi.json").body()).path("components").path("schemas").path("ServiceStats").path("properties")
                .path("withinTarget");
        assertEquals("number", schema.path("type").asText(), schema.toString());
        assertTrue(schema.path("nullable").asBoolean(), "the document says it may be null: " + schema);
    }

    private static JsonNode json(String body) throws Exception {
        return new ObjectMapper().readTree(body);
    }

    private static JsonNode service(JsonNode stats, String code) {
        for (JsonNode s : stats.path("services")) {
            if (code.equals(s.path("serviceCode").asText())) {
                return s;
            }
        }
        throw new AssertionError("no " + code + " in " + stats);
    }
}
