package org.servicehall.metrics.internal;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Times every REST operation of the API: a request filter (before the role check) notes the start,
 * a response filter records the time under the operation's HTTP method and path template (as the
 * OpenAPI document names it, e.g. {@code /v1/queue/sites/{site}/tickets}) and the answer's status.
 * Path templates, never the request's values, so no ticket number or name becomes a label (S3).
 * Histogram buckets from 5 ms to 10 s, for quantiles in Grafana.
 */
final class RequestTimings {
    private static final String STARTED = RequestTimings.class.getName() + ".started";
    private static final Duration[] BUCKETS = { Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10) };

    /** The filters' priority: before every other request filter (the lower, the earlier). */
    static final int FIRST = 100;

    private final MeterRegistry registry;

    RequestTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the timing filters of one resource method (a JAX-RS {@code DynamicFeature}'s work). */
    void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        String verb = verb(method);
        if (verb == null) {
            return; // a sub-resource locator: its own methods are timed
        }
        // before the role check (Priorities.AUTHENTICATION = 1000), so refused requests are timed too
        context.register(new Filter(verb, template(info.getResourceClass(), method)), FIRST);
    }

    static String template(Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder();
        append(path, resource.getAnnotation(Path.class));
        append(path, method.getAnnotation(Path.class));
        return path.length() == 0 ? "/" : path.toString();
    }

    private static void append(StringBuilder path, Path p) {
        if (p == null) {
            return;
        }
        String part = p.value().replaceAll("^/+|/+$", "");
        // {name: regex} → {name}
        part = part.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}");
        if (!part.isEmpty()) {
            path.append('/').append(part);
        }
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        if (method.isAnnotationPresent(HEAD.class)) {
            return "HEAD";
        }
        return null;
    }

    void record(String verb, String operation, int status, long nanos) {
        Timer.builder(MetricNames.HTTP_REQUESTS).description("REST requests per operation").tag("method", verb.toUpperCase(Locale.ROOT))
                .tag("operation", operation).tag("status", String.valueOf(status)).serviceLevelObjectives(BUCKETS)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    final class Filter implements ContainerRequestFilter, ContainerResponseFilter {
        private final String verb;
        private final String operation;

        Filter(String verb, String operation) {
            this.verb = verb;
            this.operation = operation;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(STARTED, System.nanoTime());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(STARTED) instanceof Long started) {
                record(verb, operation, response.getStatus(), System.nanoTime() - started);
            }
        }
    }
}
