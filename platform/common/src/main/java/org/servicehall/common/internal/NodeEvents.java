package org.servicehall.common.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.EventDispatcher;

/**
 * The node's one {@link DomainEvents} service: the {@link EventDispatcher} itself, which also posts
 * every event to EventAdmin while one runs (an optional, dynamic reference: the platform starts
 * and publishes without it, and EventAdmin coming or going never restarts the areas).
 */
@Component(service = DomainEvents.class)
public final class NodeEvents extends EventDispatcher {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    public NodeEvents() {
        super("servicehall-events");
    }

    @Override
    protected void forward(DomainEvent event) {
        EventAdmin ea = eventAdmin;
        if (ea != null) {
            ea.postEvent(new Event(event.topic(), event.properties()));
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
