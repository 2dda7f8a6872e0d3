package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 (bad input, fuzzed): what Jetty refuses before any servlet reads it — an encoded path
 * separator, an encoded control character — is answered for the REST API as problem+json in the
 * reader's language, and for a browser asking for a screen as Jetty's page. On a real Jetty, with requests written
 * to the socket as a client would send them (an HTTP client library would clean the path first).
 */
class ApiErrorsTest {
    private TestJetty jetty;

    @BeforeEach
    void start() throws Exception {
        jetty = TestJetty.start(context -> {
            context.getServer().setErrorHandler(new ApiErrors.ServerErrors());
            context.setErrorHandler(new ApiErrors.ContextErrors());
        });
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    /** The answer's head and body to {@code GET path} as written, with {@code Accept-Language}, as a REST client sends it. */
    private String get(String path, String language) throws IOException {
        return get(path, language, "application/json");
    }

    /** As {@link #get(String, String)} with {@code Accept} (a browser asks for text/html). */
    private String get(String path, String language, String accept) throws IOException {
        return send("GET", path, language, accept);
    }

    private String send(String method, String path, String language, String accept) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", jetty.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: hall\r\nAccept-Language: " + language + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEncodedSeparatorOrControlCharacterInAnApiPathIsAProblemInTheReadersLanguage() throws IOException {
        for (String path : new String[] { "/api/v1/queue/sites/..%2F..%2Fetc%2Fpasswd/board", "/api/v1/queue/sites/a%00b/board" }) {
            String zh = get(path, "zh-CN,zh;q=0.9");
            assertTrue(zh.startsWith("HTTP/1.1 400"), path + "\n" + zh);
            assertTrue(zh.toLowerCase().contains("content-type: application/problem+json"), zh);
            assertTrue(zh.contains("\"status\":400") && zh.contains("\"detail\":\"无法读取该请求"), zh);
            assertFalse(zh.contains("<html"), zh);
            String put = send("PUT", path, "zh-CN", "application/json");
            assertTrue(put.contains("application/problem+json") && put.contains("无法读取该请求"), "a PUT's answer has its body too:\n" + put);
            String en = get(path, "en");
            // a request Jetty could not read keeps none of its headers: then the detail is in both languages
            assertTrue(en.contains("The request could not be read") && en.contains("application/problem+json"), en);
        }
    }

    @Test
    void theScreensKeepJettysPageAndSoundRequestsAreServed() throws IOException {
        String page = get("/kiosk/..%2Fx", "zh-CN", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(page.startsWith("HTTP/1.1 400"), page);
        assertFalse(page.contains("application/problem+json"), page);
        assertTrue(get("/api/v1/queue/sites/DEMO/board", "en").contains("served /api/v1/queue/sites/DEMO/board"));
    }
}
