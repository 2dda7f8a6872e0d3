package org.servicehall.conduct.internal.discipline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.servicehall.conduct.DisciplineEvents;

/** The events of one change, gathered during its transaction and published once it committed. */
final class Outbox {
    private final BiConsumer<String, Map<String, Object>> publisher;
    private final List<Map.Entry<String, Map<String, Object>>> events = new ArrayList<>();

    Outbox(BiConsumer<String, Map<String, Object>> publisher) {
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
        events.add(Map.entry(topic, Map.copyOf(props)));
    }

    void publish() {
        events.forEach(e -> publisher.accept(e.getKey(), e.getValue()));
    }
}
