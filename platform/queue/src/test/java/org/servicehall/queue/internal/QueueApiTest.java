package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
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
import org.servicehall.testing.InMemoryApi;
import org.servicehall.testing.MutableClock;
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
        InMemoryApi.Answer anonymous = api.get(path("settings"));
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.body().contains("the role Staff"), anonymous.body());
        InMemoryApi.Answer wrong = api.get(path("settings"), staff, "not-the-password");
        assertEquals(401, wrong.status(), wrong.body());
        InMemoryApi.Answer signedIn = api.get(path("settings"), staff, PASSWORD);
        assertEquals(200, signedIn.status(), signedIn.body());
        assertTrue(signedIn.body().contains("\"GENERAL\""), signedIn.body());
    }

    // ---- Q9, issue 14 H5: a service's appointments

    @Test
    void theSitesAdministratorSetsAServicesAppointmentsAndTheBookingPageOffersOnlyBookableOnes_Q9_H5() {
        String admin = "r" + siteCount + "03";
        fx.sites.createStaff(ADMIN, site.id(), new StaffDraft(admin.toUpperCase(), "张主任", Set.of(Role.ADMIN), true), PASSWORD);
        InMemoryApi.Answer offered = api.get(path("bookable-services"));
        assertEquals(200, offered.status(), offered.body());
        assertTrue(offered.body().contains("\"GENERAL\"") && offered.body().contains("\"slotMinutes\":30"), offered.body());
        assertEquals(403, api.send("PUT", path("services/GENERAL/booking"), "{\"bookable\":false}", supervisor, PASSWORD).status());
        InMemoryApi.Answer invalid = api.send("PUT", path("services/GENERAL/booking"), "{\"slotMinutes\":4,\"places\":2}", admin, PASSWORD);
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.body().contains("slotMinutes"), invalid.body());
        InMemoryApi.Answer set = api.send("PUT", path("services/GENERAL/booking"), "{\"bookable\":false}", admin, PASSWORD);
        assertEquals(200, set.status(), set.body());
        assertTrue(set.body().contains("\"bookable\":false"), set.body());
        assertEquals("[]", api.get(path("bookable-services")).body().replace(" ", ""));
        InMemoryApi.Answer slots = api.get(path("slots?service=GENERAL&date=2026-11-30"));
        assertTrue(slots.status() >= 400 && slots.body().contains("takes no appointments"), slots.body());
        InMemoryApi.Answer read = api.get(path("services/GENERAL/booking"), staff, PASSWORD);
        assertEquals(200, read.status(), read.body());
        assertTrue(read.body().contains("\"own\":true"), read.body());
        assertTrue(api.get(path("settings"), staff, PASSWORD).body().contains("\"booking\""));
    }

    // ---- Q10: figures as numbers

    @Test
    void theShareWithinTargetIsANumberOrNullNeverTheStringNaN_Q10() throws Exception {
        InMemoryApi.Answer none = api.get(path("stats"), supervisor, PASSWORD);
        assertEquals(200, none.status(), none.body());
        JsonNode general = service(json(none.body()), "GENERAL");
        assertTrue(general.has("withinTarget"), none.body());
        assertTrue(general.get("withinTarget").isNull(), "nobody called yet: nothing to measure, " + none.body());

        api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null);
        fx.clock.advanceMinutes(3);
        long window = fx.sites.windows(site.id()).get(0).id();
        assertEquals(200, api.send("POST", "v1/queue/windows/" + window + "/call", null, staff, PASSWORD).status());
        InMemoryApi.Answer one = api.get(path("stats"), supervisor, PASSWORD);
        JsonNode share = service(json(one.body()), "GENERAL").get("withinTarget");
        assertTrue(share.isNumber(), one.body());
        assertEquals(1.0, share.doubleValue());

        JsonNode schema = json(api.get("openapi.json").body()).path("components").path("schemas").path("ServiceStats").path("properties")
                .path("withinTarget");
        assertEquals("number", schema.path("type").asText(), schema.toString());
        assertTrue(schema.path("nullable").asBoolean(), "the document says it may be null: " + schema);
    }

    // ---- issue 17: a retried call, tickets left at a window

    @Test
    void aRetriedCallAnswersTheSameTicketAndALeftTicketIsListedAndReturnedBySupervisorsOnly_Q5_Q6() throws Exception {
        assertEquals(201, api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null).status());
        assertEquals(201, api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null).status());
        long window = fx.sites.windows(site.id()).get(0).id();
        InMemoryApi.Answer first = api.send("POST", "v1/queue/windows/" + window + "/call", null, staff, PASSWORD);
        InMemoryApi.Answer retried = api.send("POST", "v1/queue/windows/" + window + "/call", null, staff, PASSWORD);
        assertEquals(200, retried.status(), retried.body());
        assertEquals(json(first.body()), json(retried.body()), "the answer lost is answered again");
        assertEquals("A001", json(retried.body()).path("number").asText());

        assertEquals(0, json(api.get(path("left-tickets"), supervisor, PASSWORD).body()).size(), "just called: not left");
        fx.clock.advanceMinutes(16);
        assertEquals(403, api.get(path("left-tickets"), staff, PASSWORD).status(), "supervisors only");
        JsonNode left = json(api.get(path("left-tickets"), supervisor, PASSWORD).body());
        assertEquals(1, left.size(), left.toString());
        assertEquals("A001", left.get(0).path("number").asText());
        assertEquals(1, left.get(0).path("window").asInt());
        assertEquals(16, left.get(0).path("minutes").asLong());
        long id = left.get(0).path("id").asLong();
        assertEquals(403, api.send("POST", path("left-tickets/" + id + "/return"), null, staff, PASSWORD).status());
        InMemoryApi.Answer back = api.send("POST", path("left-tickets/" + id + "/return"), null, supervisor, PASSWORD);
        assertEquals(200, back.status(), back.body());
        assertEquals("WAITING", json(back.body()).path("status").asText());
        InMemoryApi.Answer again = api.send("POST", path("left-tickets/" + id + "/close"), null, supervisor, PASSWORD);
        assertEquals(409, again.status(), "a waiting ticket is not at a window: " + again.body());
        assertTrue(again.body().contains("not at a window"), again.body());
        // S1 (roles per site): a supervisor holds no role at a site that is not theirs, whether it exists or not
        assertEquals(403, api.send("POST", "v1/queue/sites/NOWHERE/left-tickets/" + id + "/close", null, supervisor, PASSWORD).status());
    }

    // ---- Q7: boards shared by a node's screens

    @Test
    void theBoardShowsACallAtOnceThoughANodesBoardsShareOneRead_Q7() throws Exception {
        JsonNode before = json(api.get(path("board")).body());
        assertEquals(0, before.path("current").size(), before.toString());
        assertEquals(201, api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null).status());
        long window = fx.sites.windows(site.id()).get(0).id();
        assertEquals(200, api.send("POST", "v1/queue/windows/" + window + "/call", null, staff, PASSWORD).status());
        // within the second a board is shared, the call is a change: the board is read again
        JsonNode after = json(api.get(path("board")).body());
        assertEquals(1, after.path("current").size(), after.toString());
        assertEquals("A001", after.path("current").get(0).path("number").asText(), after.toString());
    }

    // ---- Q3/Q4: standing alerts

    @Test
    void standingAlertsAreListedForSupervisorsAsTheirSchemaSays_Q3_S1() throws Exception {
        for (int i = 0; i < 11; i++) {
            assertEquals(201, api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null).status());
        }
        assertEquals(401, api.get(path("alerts")).status(), "not public");
        assertEquals(403, api.get(path("alerts"), staff, PASSWORD).status(), "supervisors only");
        JsonNode standing = untilAlerts(path("alerts"), 9);
        // one window, 5 min a ticket: 3 or more ahead is predicted over the 10-minute target
        List<String> perTicket = new ArrayList<>();
        List<JsonNode> tooMany = new ArrayList<>();
        for (JsonNode x : standing) {
            if (x.path("kind").asText().equals("TOO_MANY_WAITING")) {
                tooMany.add(x);
            } else {
                perTicket.add(x.path("kind").asText() + " " + x.path("ticketNumber").asText());
            }
        }
        assertEquals(1, tooMany.size(), "one alert for 11 waiting: " + standing);
        assertEquals(List.of("WAIT_AT_RISK A004", "WAIT_AT_RISK A005", "WAIT_AT_RISK A006", "WAIT_AT_RISK A007", "WAIT_AT_RISK A008",
                "WAIT_AT_RISK A009", "WAIT_AT_RISK A010", "WAIT_AT_RISK A011"), perTicket.stream().sorted().toList());
        JsonNode a = tooMany.get(0);
        assertEquals("TOO_MANY_WAITING", a.path("kind").asText());
        assertEquals("GENERAL", a.path("serviceCode").asText());
        assertTrue(a.path("ticketNumber").isNull(), "one alert for the service: " + a);
        assertTrue(a.path("standing").asBoolean());
        assertTrue(a.path("clearedAt").isNull());
        assertEquals(11, a.path("waiting").asInt());
        assertEquals(10, a.path("waitingOver").asInt());
        assertEquals("PT10M", a.path("waitTarget").asText());
        assertEquals(fx.clock.instant().toString(), a.path("raisedAt").asText());
        assertTrue(a.path("message").asText().startsWith("11 people wait for '综合业务' (more than 10)"), a.toString());

        JsonNode today = json(api.get(path("alerts?state=all&from=2026-11-30"), supervisor, PASSWORD).body());
        assertEquals(9, today.size(), today.toString());
        assertEquals(9, json(api.get(path("alerts?state=all&from=2026-11-30T09:00:00%2B08:00"), supervisor, PASSWORD).body()).size());
        assertEquals(9, json(api.get(path("alerts?state=ALL"), supervisor, PASSWORD).body()).size(), "all of today by default");

        InMemoryApi.Answer badState = api.get(path("alerts?state=open"), supervisor, PASSWORD);
        assertEquals(400, badState.status(), badState.body());
        assertTrue(badState.body().contains("\"state\""), badState.body());
        InMemoryApi.Answer badFrom = api.get(path("alerts?state=all&from=yesterday"), supervisor, PASSWORD);
        assertEquals(400, badFrom.status(), badFrom.body());
        assertTrue(badFrom.body().contains("\"from\""), badFrom.body());
        assertEquals(400, api.get(path("alerts?from=2026-11-30"), supervisor, PASSWORD).status(), "from is for state=all");
        assertEquals(403, api.get("v1/queue/sites/NOPE/alerts", supervisor, PASSWORD).status(), "no role at another site (S1)");

        JsonNode doc = json(api.get("openapi.json").body());
        JsonNode op = doc.path("paths").path("/v1/queue/sites/{site}/alerts").path("get");
        assertEquals("#/components/schemas/QueueAlert",
                op.path("responses").path("default").path("content").path("application/json").path("schema").path("items").path("$ref")
                        .asText(), op.toString());
        JsonNode props = doc.path("components").path("schemas").path("QueueAlert").path("properties");
        for (String nullable : List.of("ticketNumber", "clearedAt", "waited", "predictedWait")) {
            assertTrue(props.path(nullable).path("nullable").asBoolean(), nullable + " may be null: " + props);
        }
        assertEquals("date-time", props.path("raisedAt").path("format").asText());
        assertEquals("duration", props.path("waitTarget").path("format").asText());
        assertEquals(List.of("TOO_MANY_WAITING", "WAIT_AT_RISK", "WAIT_BREACHED"), texts(props.path("kind").path("enum")));
        for (Iterator<String> names = a.fieldNames(); names.hasNext();) {
            String name = names.next();
            assertTrue(props.has(name), "the answer's field " + name + " is in the schema: " + props);
        }
    }

    // ---- Q1, Q8: whether a service takes tickets now

    @Test
    void kiosksAreToldWhetherTicketsCanBeTakenNowAndAfterClosingWhenIssuingOpensAgain_Q1_Q8() throws Exception {
        InMemoryApi.Answer open = api.get(path("services"));
        assertEquals(200, open.status(), "public, for kiosks: " + open.body());
        JsonNode general = json(open.body()).get(0);
        assertEquals("GENERAL", general.path("code").asText());
        assertEquals("综合业务", general.path("name").asText());
        assertEquals("A", general.path("ticketPrefix").asText());
        assertTrue(general.path("takingTickets").asBoolean(), open.body());
        assertTrue(general.path("reason").isNull());
        assertTrue(general.path("opensAgainAt").isNull());

        fx.clock.set(MutableClock.MONDAY_NINE.withHour(17).withMinute(30));
        JsonNode closed = json(api.get(path("services")).body()).get(0);
        assertFalse(closed.path("takingTickets").asBoolean(), closed.toString());
        assertEquals("CLOSED_FOR_THE_DAY", closed.path("reason").asText());
        assertEquals("2026-12-01T08:30:00+08:00", closed.path("opensAgainAt").asText(), "the next issuing start in the hall's zone");
        InMemoryApi.Answer refused = api.send("POST", path("tickets"), "{\"service\":\"GENERAL\"}", null, null);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains(closed.path("message").asText()), "issuing refuses with the same words: " + refused.body());

        JsonNode props = json(api.get("openapi.json").body()).path("components").path("schemas").path("ServiceIssuing").path("properties");
        for (String nullable : List.of("reason", "opensAgainAt", "message")) {
            assertTrue(props.path(nullable).path("nullable").asBoolean(), nullable + " may be null: " + props);
        }
        assertEquals(List.of("NOT_A_WORKING_DAY", "BEFORE_OPENING", "CLOSED_FOR_THE_DAY", "NO_OPEN_WINDOW", "NOT_OFFERED"),
                texts(props.path("reason").path("enum")));
        for (Iterator<String> names = closed.fieldNames(); names.hasNext();) {
            String name = names.next();
            assertTrue(props.has(name), "the answer's field " + name + " is in the schema: " + props);
        }
    }

    /** The alerts of a GET once there are {@code expected} (a check runs a quarter of a second after a change), or after 10 s. */
    private JsonNode untilAlerts(String path, int expected) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (true) {
            InMemoryApi.Answer answer = api.get(path, supervisor, PASSWORD);
            assertEquals(200, answer.status(), answer.body());
            JsonNode list = json(answer.body());
            if (list.size() == expected || System.nanoTime() > end) {
                return list;
            }
            Thread.sleep(50);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
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
