package org.servicehall.conduct.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.servicehall.conduct.ConductEvents;
import org.servicehall.security.Actor;

/**
 * The conduct area's one way out for its events ({@link org.servicehall.conduct.ConductEvents},
 * {@link org.servicehall.conduct.DisciplineEvents}): posted on EventAdmin when it runs, dropped
 * otherwise. The area's services call it once their transaction has committed.
 */
@Component(service = ConductPublisher.class)
public final class ConductPublisher {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    public ConductPublisher() {
    }

    /** For tests and tools outside OSGi: events go to {@code events}. */
    public ConductPublisher(EventAdmin events) {
        this.events = events;
    }

    /** A catalogue or phrase event (C1-C3): {@code more} with the site and who acted ({@link ConductEvents}). */
    public void publish(String topic, Actor actor, long siteId, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put(ConductEvents.SITE, siteId);
        properties.put(ConductEvents.ACTOR, actor.username());
        publish(topic, properties);
    }

    public void publish(String topic, Map<String, Object> properties) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
    }
}
