package org.servicehall.queue.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;

import org.servicehall.persistence.Database;
import org.servicehall.persistence.internal.DatabaseService;
import org.servicehall.queue.internal.rest.LeftTicketsResource;
import org.servicehall.queue.internal.rest.QueueResource;
import org.servicehall.testing.InMemoryApi;
import org.servicehall.web.internal.rest.ApiApplication;
import org.servicehall.web.internal.rest.HealthResource;

/**
 * The queue's REST resource in the platform's real REST application (Jersey with the platform's
 * JSON mapper, the role check on HTTP Basic against the real accounts, and the OpenAPI document),
 * driven in memory without an HTTP port: the queue's real components, wired as the container
 * wires them (each built with its activation constructor, the configuration's defaults), on a
 * fixture's database.
 */
final class ApiHarness implements AutoCloseable {

    private final QueuePublisher events;
    private final StandingAlertsImpl alerts;
    private final AppointmentBook appointments;
    private final InMemoryApi api;

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
        api = new InMemoryApi(ApiApplication.build(List.of(resource, left), fx.security, health));
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

    InMemoryApi.Answer get(String path) {
        return api.get(path);
    }

    InMemoryApi.Answer get(String path, String username, String password) {
        return api.get(path, username, password);
    }

    InMemoryApi.Answer send(String method, String path, String json, String username, String password) {
        return api.send(method, path, json, username, password);
    }

    @Override
    public void close() {
        appointments.deactivate();
        alerts.close();
        events.deactivate();
    }
}
