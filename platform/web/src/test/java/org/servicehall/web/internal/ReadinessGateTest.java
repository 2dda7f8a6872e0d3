package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.servlet.DispatcherType;

/**
 * Issue 17: while a node starts, every request but the health checks is answered at once with a
 * 503 problem in the reader's language and Retry-After; once ready, requests pass. On a real Jetty
 * with the gate in front of a servlet that answers everything.
 */
class ReadinessGateTest {
    private final AtomicBoolean ready = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    private TestJetty jetty;
    private String base;

    @BeforeEach
    void start() throws Exception {
        jetty = TestJetty.start(context -> context.addFilter(new FilterHolder(new ReadinessGate(ready::get)), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        base = jetty.base();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStartingNodeTurnsScreensAndRestAwayAtOnceButAnswersItsHealthChecks() throws Exception {
        for (String path : new String[] { "/kiosk/DEMO", "/api/v1/queue/sites/DEMO/board", "/api/healthy" }) {
            HttpResponse<String> r = get(path, null);
            assertEquals(503, r.statusCode(), path);
            assertEquals("2", r.headers().firstValue("Retry-After").orElse(null), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(r.body().contains("\"status\":503") && r.body().contains("The service hall is starting")
                    && r.body().contains("try again in 2 seconds"), r.body());
        }
        HttpResponse<String> chinese = get("/kiosk/DEMO", "zh-CN,zh;q=0.9");
        assertTrue(chinese.body().contains("服务大厅正在启动") && chinese.body().contains("请 2 秒后再试"), chinese.body());
        for (String path : new String[] { "/api/health", "/api/health/ready", "/api/health/live" }) {
            assertEquals("served " + path, get(path, null).body());
        }

        ready.set(true);
        HttpResponse<String> kiosk = get("/kiosk/DEMO", null);
        assertEquals(200, kiosk.statusCode());
        assertEquals("served /kiosk/DEMO", kiosk.body());
    }

    @Test
    void aBrowserAskingForAScreenWhileTheNodeStartsGetsAPageThatReloadsItselfInItsLanguage() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> board = http.send(HttpRequest.newBuilder(URI.create(base + "/board?site=DEMO")).header("Accept", browser)
                .header("Accept-Language", "zh-CN,zh;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, board.statusCode());
        assertTrue(board.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), board.headers().toString());
        assertTrue(board.body().contains("<html lang=\"zh-CN\">") && board.body().contains("<h1>服务大厅正在启动</h1>")
                && board.body().contains("<meta http-equiv=\"refresh\" content=\"2\">"), board.body());
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(URI.create(base + "/kiosk")).header("Accept", browser)
                .header("Accept-Language", "en-GB,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("<h1>The service hall is starting</h1>"), english.body());
        // the REST API stays a problem document, also for a browser
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/queue/sites/DEMO/board")).header("Accept", browser)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), api.headers().toString());
    }
}
