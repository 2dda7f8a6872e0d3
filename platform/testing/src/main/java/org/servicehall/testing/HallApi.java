package org.servicehall.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The REST API of a running hall (a node or a load balancer in front of nodes), signed in with HTTP
 * Basic, as a site's own systems call it. A request that gets no answer (the node died, the time-out
 * ran out) answers status {@value #NO_ANSWER}, so tests can count what was acknowledged.
 */
public final class HallApi {
    /** The status of a request that got no HTTP answer at all. */
    public static final int NO_ANSWER = -1;

    /** An answer: its status (or {@link #NO_ANSWER}), body and the node that gave it (when behind a balancer). */
    public record Answer(int status, String body, String node) {
    }

    private final String baseUrl;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public HallApi(String baseUrl, String user, String password, Duration timeout) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(timeout).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue(LoadBalancer.NODE_HEADER).orElse(null));
        } catch (HttpTimeoutException e) {
            return new Answer(NO_ANSWER, "no answer within " + timeout, null);
        } catch (IOException e) {
            return new Answer(NO_ANSWER, String.valueOf(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, "interrupted", null);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }
}
