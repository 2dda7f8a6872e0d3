package org.servicehall.queue.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.internal.DatabaseService;
import org.servicehall.queue.internal.rest.LeftTicketsResource;
import org.servicehall.queue.internal.rest.QueueResource;
import org.servicehall.web.internal.rest.ApiApplication;
import org.servicehall.web.internal.rest.HealthResource;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The queue's REST resource in the platform's real REST application (Jersey with the platform's
 * JSON mapper, the role check on HTTP Basic against the real accounts, and the OpenAPI document),
 * driven in memory without an HTTP port: the queue's real components, wired as the container
 * wires them (each built with its activation constructor, the configuration's defaults), on a
 * fixture's database.
 */
final class ApiHarness implements AutoCloseable {

    /** An answer: status, content type and body. */
    record Answer(int status, String type, String body) {
    }

    private final QueuePublisher events;
    private final StandingAlertsImpl alerts;
    private final AppointmentBook appointments;
    private final ApplicationHandler app;

    ApiHarness(QueueFixture fx) throws SQLException {
        QueueConfig config = defaults(QueueConfig.class);
        Database database = new DatabaseService(fx.pool);
        QueueComponent queue = new QueueComponent(config, database, fx.sites, fx.security, fx.clock);
        events = new QueuePublisher(database);
        alerts = new StandingAlertsImpl(queue, queue, events);
        QueueReadModelImpl reads = new QueueReadModelImpl(queue, queue, events);
        TicketLifecycleImpl tickets = new TicketLifecycleImpl(queue, queue, events, alerts, reads);
        appointments = new AppointmentBook(config, queue, fx.sites, tickets);
        QueueResource resource = new QueueResource(tickets, reads, new WindowStatesImpl(queue, events, alerts), alerts, appointments,
                appointments, new QueueSettingsImpl(queue, alerts), fx.sites, fx.clock);
        HealthResource health = new HealthResource(() -> new HealthResource.Health("UP", "test", 0, 1));
        LeftTicketsResource left = new LeftTicketsResource(new LeftTicketsImpl(config, queue, events), reads, fx.sites);
        app = new ApplicationHandler(ApiApplication.build(List.of(resource, left), fx.security, health));
    }

    /** A configuration annotation whose every attribute has its default value (as Config Admin gives without a file). */
    private static <A extends Annotation> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            Object value = method.getDefaultValue();
            if (value == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return value;
        }));
    }

    Answer get(String path) {
        return call("GET", path, null, null);
    }

    Answer get(String path, String username, String password) {
        return call("GET", path, null, basic(username, password));
    }

    Answer send(String method, String path, String json, String username, String password) {
        return call(method, path, json, username == null ? null : basic(username, password));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Answer call(String method, String path, String json, String authorization) {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/api/"), URI.create("http://localhost/api/" + path),
                method, anonymous(), new MapPropertiesDelegate(), null);
        request.header(HttpHeaders.ACCEPT, "application/json");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (json != null) {
            request.header(HttpHeaders.CONTENT_TYPE, "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ContainerResponse response = app.apply(request, out).get();
            Object type = response.getMediaType();
            return new Answer(response.getStatus(), type == null ? null : type.toString(), out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static SecurityContext anonymous() {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }

    @Override
    public void close() {
        appointments.deactivate();
        alerts.close();
        events.deactivate();
    }
}
