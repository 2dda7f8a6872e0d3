package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.common.Conflict;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.web.ApiResource;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Issue 12 (Console, every message in the reader's language): a refusal raised with a message from
 * the resource bundles answers in the caller's {@code Accept-Language}, Chinese or English, field
 * problems included; a caller that names no language reads English.
 */
class ProblemLanguageTest {
    private static final Texts TEXTS = Texts.of(ProblemLanguageTest.class, "problem-test");
    private ApplicationHandler api;

    @Path("v1/lang")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Probe implements ApiResource {
        @POST
        @Path("closed")
        public String closed() {
            throw new Conflict(TEXTS.message("closed", "09:00"));
        }

        @POST
        @Path("empty")
        public String empty() {
            throw ValidationException.of("text", TEXTS.message("field.empty"));
        }
    }

    @BeforeEach
    void start() {
        HealthResource health = new HealthResource(() -> new HealthResource.Health("UP", ApiApplication.API_VERSION, 0, 1));
        api = new ApplicationHandler(ApiApplication.build(List.of(new Probe()), null, health));
    }

    private Problem send(String path, String language) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://hall/api/"), URI.create("http://hall/api/" + path), "POST",
                null, new MapPropertiesDelegate(), null);
        if (language != null) {
            request.getHeaders().putSingle("Accept-Language", language);
        }
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        ContainerResponse r = api.apply(request).get();
        return (Problem) r.getEntity();
    }

    @Test
    void aRefusalAnswersInTheCallersLanguage() throws Exception {
        assertEquals("大厅已停止取号，09:00 起恢复取号。", send("v1/lang/closed", "zh-CN,zh;q=0.9,en;q=0.8").detail());
        assertEquals("大厅已停止取号，09:00 起恢复取号。", send("v1/lang/closed", "zh").detail());
        assertEquals("The hall is closed; tickets are issued again at 09:00.", send("v1/lang/closed", "en-US").detail());
        assertEquals("The hall is closed; tickets are issued again at 09:00.", send("v1/lang/closed", null).detail());
        assertEquals("The hall is closed; tickets are issued again at 09:00.", send("v1/lang/closed", "*").detail());
    }

    @Test
    void aFieldProblemAnswersInTheCallersLanguage() throws Exception {
        Problem p = send("v1/lang/empty", "zh-CN");
        assertEquals("text: 不能为空", p.detail());
        assertEquals("不能为空", p.errors().get(0).message());
        assertEquals("must not be empty", send("v1/lang/empty", "en").errors().get(0).message());
    }
}
