package org.servicehall.conduct.internal.discipline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.servicehall.common.DomainEvent;
import org.servicehall.conduct.DisciplineEvents;

/** The events of one change, gathered during its transaction and published once it committed. */
final class Outbox {
    private final Consumer<DomainEvent> publisher;
    private final List<DomainEvent> events = new ArrayList<>();

    Outbox(Consumer<DomainEvent> publisher) {
        this.publisher = publisher;
    }

    /**
     * An event on {@code topic} about record {@code id} of the site, with further keys and values
     * (a null value is left out, an enum goes by its name).
     */
    void add(String topic, long siteId, long id, Object... keyValues) {
        Map<String, Object> props = new HashMap<>();
        props.put(DisciplineEvents.SITE, siteId);
        props.put(DisciplineEvents.ID, id);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                props.put((String) keyValues[i], keyValues[i + 1] instanceof Enum<?> e ? e.name() : keyValues[i + 1]);
            }
        }
        events.add(new DomainEvent(topic, props));
    }

    void publish() {
        events.forEach(publisher);
    }
}
