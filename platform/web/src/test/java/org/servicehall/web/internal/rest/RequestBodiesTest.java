package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.web.ApiResource;
import org.servicehall.web.OptionalBody;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Issue 10 items 3, 4, 5, 7: every JSON body, for every area and plugin, is checked by the real API
 * application (Jersey, the API's mapper, its interceptor and problem mappers, in memory) before a
 * resource method runs; a refusal is a 400 naming the field, and nothing reaches the method.
 */
class RequestBodiesTest {
    private final AtomicReference<Object> received = new AtomicReference<>();
    private ApplicationHandler api;

    /** As the queue's WindowState was: a missing "open" must not close the window. */
    public record WindowState(@JsonProperty(required = true) boolean open) {
    }

    /** As the queue's thresholds: {} names no change. */
    @Schema(minProperties = 1)
    public record Thresholds(Integer alertWaitingOver, Integer waitTargetMinutes) {
    }

    public record Finding(String ruleCode, Instant at, LocalDate day, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int count,
            boolean serious) {
    }

    public record Draft(@Schema(maxLength = 64) String phrase, String text, List<Finding> findings) {
    }

    public record Note(String note) {
    }

    @Path("v1/test")
    @Produces(MediaType.APPLICATION_JSON)
    public final class Probe implements ApiResource {
        @PUT
        @Path("windows/{id}/open")
        @Consumes(MediaType.APPLICATION_JSON)
        public WindowState open(@PathParam("id") long id, WindowState state) {
            received.set(state);
            return state;
        }

        @PUT
        @Path("thresholds")
        @Consumes(MediaType.APPLICATION_JSON)
        public Thresholds thresholds(Thresholds t) {
            received.set(t);
            return t;
        }

        @POST
        @Path("drafts")
        @Consumes(MediaType.APPLICATION_JSON)
        public Draft draft(Draft d) {
            received.set(d);
            return d;
        }

        @POST
        @Path("decide")
        @Consumes(MediaType.APPLICATION_JSON)
        public String decide(@OptionalBody Note note) {
            received.set(note == null ? "no note" : note);
            return "decided";
        }
    }

    @BeforeEach
    void start() {
        HealthResource health = new HealthResource(() -> new HealthResource.Health("UP", ApiApplication.API_VERSION, 0, 1));
        // no operation here needs a login, so no account service is consulted
        api = new ApplicationHandler(ApiApplication.build(List.of(new Probe()), null, health));
    }

    private ContainerResponse send(String method, String path, String json) throws Exception {
        return send(method, path, json, null);
    }

    private ContainerResponse send(String method, String path, String json, String language) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://hall/api/"), URI.create("http://hall/api/" + path), method,
                null, new MapPropertiesDelegate(), null);
        if (language != null) {
            request.getHeaders().putSingle("Accept-Language", language);
        }
        if (json != null) {
            request.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } else {
            request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        }
        return api.apply(request).get();
    }

    /** The 400 problem's field errors as "field: message" lines; asserts the status and that nothing was received. */
    private String refused(String method, String path, String json) throws Exception {
        received.set(null);
        ContainerResponse r = send(method, path, json);
        assertEquals(400, r.getStatus(), () -> String.valueOf(r.getEntity()));
        assertNull(received.get(), "the resource method must not run");
        Problem p = (Problem) r.getEntity();
        assertTrue(p.errors() != null && !p.errors().isEmpty(), () -> "names the field: " + p);
        return p.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("\n"));
    }

    /** Issue 12 (Console): the body's refusals read in the caller's language, Chinese with Accept-Language zh-CN. */
    @Test
    void aRefusedBodyReadsInChineseForAChineseCaller() throws Exception {
        Problem missing = (Problem) send("PUT", "v1/test/windows/4/open", null, "zh-CN,zh;q=0.9").getEntity();
        assertEquals("缺少请求内容：请发送一个 JSON 对象", missing.errors().get(0).message());
        Problem wrongType = (Problem) send("PUT", "v1/test/windows/4/open", "{\"open\": 12}", "zh-CN").getEntity();
        assertEquals("open: 应为布尔值（true 或 false），实际为数字", wrongType.detail());
        Problem malformed = (Problem) send("PUT", "v1/test/windows/4/open", "{\"open\": ", "zh-CN").getEntity();
        assertTrue(malformed.detail().startsWith("请求不是有效的 JSON："), malformed.detail());
        Problem english = (Problem) send("PUT", "v1/test/windows/4/open", "{\"open\": 12}", "en").getEntity();
        assertEquals("open: expected true or false, got a number", english.detail());
    }

    @Test
    void aMissingEmptyOrNullBodyIsRefused() throws Exception {
        String required = "body: " + RequestBodies.REQUIRED;
        assertEquals(required, refused("PUT", "v1/test/windows/4/open", null));
        assertEquals(required, refused("PUT", "v1/test/windows/4/open", ""));
        assertEquals(required, refused("PUT", "v1/test/windows/4/open", "null"));
        assertEquals(required, refused("PUT", "v1/test/thresholds", " "));
    }

    @Test
    void aRequiredFieldLeftOutOrNullIsRefusedNamingIt() throws Exception {
        assertEquals("open: is required", refused("PUT", "v1/test/windows/4/open", "{}"));
        assertEquals("open: expected true or false, got null", refused("PUT", "v1/test/windows/4/open", "{\"open\": null}"));
        // a primitive marked required (here by @Schema) must be there; null is never 0 or false
        assertEquals("findings[0].count: is required", refused("POST", "v1/test/drafts", "{\"findings\": [{\"ruleCode\": \"B1\"}]}"));
        assertEquals("findings[0].serious: expected true or false, got null",
                refused("POST", "v1/test/drafts", "{\"findings\": [{\"count\": 1, \"serious\": null}]}"));
        // an unmarked primitive left out keeps its default
        assertEquals(200, send("POST", "v1/test/drafts", "{\"findings\": [{\"count\": 1}]}").getStatus());
        assertEquals(false, ((Draft) received.get()).findings().get(0).serious());
        ContainerResponse ok = send("PUT", "v1/test/windows/4/open", "{\"open\": false}");
        assertEquals(200, ok.getStatus());
        assertEquals(new WindowState(false), received.get());
    }

    @Test
    void aChangeThatNamesNothingIsRefused() throws Exception {
        assertEquals("body: names no change: send at least one of alertWaitingOver, waitTargetMinutes",
                refused("PUT", "v1/test/thresholds", "{}"));
        assertEquals(200, send("PUT", "v1/test/thresholds", "{\"waitTargetMinutes\": 20}").getStatus());
        assertEquals(new Thresholds(null, 20), received.get());
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefusedNotConverted() throws Exception {
        assertEquals("findings[1].at: expected a date-time text such as 2026-12-02T09:00:00Z, got a number", refused("POST",
                "v1/test/drafts", "{\"findings\": [{\"ruleCode\": \"B1\", \"count\": 1}, {\"ruleCode\": \"B2\", \"at\": 12345, \"count\": 1}]}"));
        assertEquals("findings[0].day: expected a date text such as 2026-12-02, got a number",
                refused("POST", "v1/test/drafts", "{\"findings\": [{\"day\": 12345, \"count\": 1}]}"));
        assertEquals("text: expected a text, got a number", refused("POST", "v1/test/drafts", "{\"text\": 12345}"));
        assertEquals("text: expected a text, got true", refused("POST", "v1/test/drafts", "{\"text\": true}"));
        assertEquals("findings[0].count: expected a whole number, got a text",
                refused("POST", "v1/test/drafts", "{\"findings\": [{\"count\": \"12\"}]}"));
        assertEquals("open: expected true or false, got a text", refused("PUT", "v1/test/windows/4/open", "{\"open\": \"true\"}"));
        assertEquals("findings[0].at: expected a date-time text such as 2026-12-02T09:00:00Z, got \"yesterday\"",
                refused("POST", "v1/test/drafts", "{\"findings\": [{\"at\": \"yesterday\", \"count\": 1}]}"));
        assertTrue(refused("POST", "v1/test/drafts", "{\"colour\": 1}")
                .startsWith("colour: is not a field of this request; its fields are findings, phrase, text"));
        assertEquals("body: expected an object (Draft), got a list", refused("POST", "v1/test/drafts", "[1]"));
    }

    @Test
    void textsLongerThanDeclaredAreRefusedNamingTheField() throws Exception {
        String phrase = "请".repeat(65);
        assertEquals("phrase: is 65 characters long; at most 64 are allowed",
                refused("POST", "v1/test/drafts", "{\"phrase\": \"" + phrase + "\"}"));
        assertEquals("text: is 4001 characters long; at most 4000 are allowed",
                refused("POST", "v1/test/drafts", "{\"text\": \"" + "x".repeat(4001) + "\"}"));
        assertEquals("findings[0].ruleCode: is 4001 characters long; at most 4000 are allowed",
                refused("POST", "v1/test/drafts", "{\"findings\": [{\"count\": 1, \"ruleCode\": \"" + "x".repeat(4001) + "\"}]}"));
    }

    @Test
    void controlAndDirectionCharactersAreRefusedInEveryText() throws Exception {
        assertTrue(refused("POST", "v1/test/drafts", "{\"text\": \"请\\u202e稍候\"}")
                .startsWith("text: holds the invisible direction control U+202E"));
        assertEquals("findings[0].ruleCode: holds the control character U+0000 (NULL) at position 3",
                refused("POST", "v1/test/drafts", "{\"findings\": [{\"count\": 1, \"ruleCode\": \"B1\\u0000\"}]}"));
        assertEquals(200, send("POST", "v1/test/drafts", "{\"text\": \"第一行\\n第二行\\t!\"}").getStatus());
    }

    @Test
    void everyProblemOfOneBodyIsNamedAtOnce() throws Exception {
        String problems = refused("POST", "v1/test/drafts",
                "{\"phrase\": \"" + "x".repeat(65) + "\", \"text\": \"\\u0007\", \"findings\": [{\"count\": 1, \"ruleCode\": \"\\u202d\"}]}");
        assertEquals(3, problems.lines().count(), problems);
    }

    @Test
    void aValidBodyReachesTheMethod() throws Exception {
        ContainerResponse r = send("POST", "v1/test/drafts", "{\"phrase\": \"" + "请".repeat(64)
                + "\", \"findings\": [{\"ruleCode\": \"B1\", \"at\": \"2026-12-02T09:00:00Z\", \"day\": \"2026-12-02\", \"count\": 2}]}");
        assertEquals(200, r.getStatus(), () -> String.valueOf(r.getEntity()));
        Draft d = (Draft) received.get();
        assertEquals(Instant.parse("2026-12-02T09:00:00Z"), d.findings().get(0).at());
        assertEquals(LocalDate.of(2026, 12, 2), d.findings().get(0).day());
    }

    @Test
    void anOptionalBodyMayBeLeftOut() throws Exception {
        assertEquals(200, send("POST", "v1/test/decide", null).getStatus());
        assertEquals("no note", received.get());
        assertEquals(200, send("POST", "v1/test/decide", "{\"note\": \"ok\"}").getStatus());
        assertEquals(new Note("ok"), received.get());
    }

    @Test
    void brokenJsonIsStillMalformedJson() throws Exception {
        ContainerResponse r = send("POST", "v1/test/drafts", "{\"text\": ");
        assertEquals(400, r.getStatus());
        assertEquals("Malformed JSON", ((Problem) r.getEntity()).title());
    }
}
