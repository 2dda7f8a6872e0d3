package org.servicehall.itests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.servicehall.testing.Distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests of the ITs that walk the whole REST API from its OpenAPI document (AccessMatrixIT, FuzzIT,
 * PrivacyScanIT): the document once every area lists its operations, and one request answered as
 * status, content type and body.
 */
final class ApiRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Distribution hall;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiRequests(Distribution hall) {
        this.hall = hall;
    }

    /** An answer; {@code status} -1 for none (the body says why). */
    record Answer(int status, String contentType, String body) {
    }

    /** {@code /api/openapi.json} once it lists every one of {@code areas} (its first building, on a busy machine, may take long). */
    JsonNode document(List<String> areas) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String spec = send("GET", "/openapi.json", null, null, null).body();
        while (!areas.stream().allMatch(spec::contains) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            spec = send("GET", "/openapi.json", null, null, null).body();
        }
        return JSON.readTree(spec);
    }

    /**
     * One request under {@code /api}, in English; an answer that streams (server-sent events) is read
     * up to its headers, the others whole. A request sent on a connection the server closed
     * after an early refusal (before it read the body) is sent again once.
     */
    Answer send(String method, String path, String authorization, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api" + path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", "en");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int attempt = 1;; attempt++) {
            HttpResponse<InputStream> r;
            try {
                r = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream()).get(120, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (attempt == 2) {
                    return new Answer(-1, "", "no answer: " + e);
                }
                continue;
            } catch (TimeoutException e) {
                return new Answer(-1, "", "no answer: " + e);
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = r.body()) {
                byte[] read = type.startsWith("text/event-stream") ? new byte[0] : in.readAllBytes();
                return new Answer(r.statusCode(), type, new String(read, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Answer(-1, type, "answer cut off: " + e);
            }
        }
    }
}
