package org.servicehall.attendance.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link AttendanceEventBus} on EventAdmin: without one (a test, a bench), only this node's listeners hear the events. */
@Component(service = AttendanceEventBus.class)
public final class AttendancePublisher implements AttendanceEventBus {
    private static final Logger LOG = LoggerFactory.getLogger(AttendancePublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    private final List<Consumer<AttendanceEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(AttendanceEvent event) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(event.topic(), event.properties()));
        }
        listeners.forEach(l -> {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("An attendance listener (a screen or the live rules) failed to take an update", e);
            }
        });
    }

    @Override
    public Subscription listen(Consumer<AttendanceEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
