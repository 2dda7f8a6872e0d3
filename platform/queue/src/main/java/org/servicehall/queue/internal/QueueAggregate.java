package org.servicehall.queue.internal;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Aggregate;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.WindowStates;

/**
 * Registers the 1.x aggregate {@link QueueService}, an {@link Aggregate} of the area's four
 * services, while they run, for callers that still reference it ({@link Queue} is the same in
 * plain Java). It goes when no caller references {@link QueueService} any more.
 *
 * <p>The bundle declares the service it registers by hand ({@link Capability}), as DS does for the
 * services of its components, so that Karaf resolves the bundles that reference it.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.servicehall.queue.QueueService\"", uses = QueueService.class)
@Component(service = {})
public final class QueueAggregate {
    private final ServiceRegistration<QueueService> registration;

    @Activate
    public QueueAggregate(BundleContext context, @Reference TicketLifecycle tickets, @Reference QueueReadModel reads,
            @Reference WindowStates windows, @Reference StandingAlerts alerts) {
        registration = context.registerService(QueueService.class, Aggregate.of(QueueService.class, tickets, reads, windows, alerts), null);
    }

    @Deactivate
    void unregister() {
        registration.unregister();
    }
}
