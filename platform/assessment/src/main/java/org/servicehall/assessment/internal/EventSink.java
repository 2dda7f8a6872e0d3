package org.servicehall.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servicehall.assessment.AssessmentEvents;

/**
 * Where the assessment's events go once their transaction committed: EventAdmin in the container
 * ({@link AssessmentComponent.Events}), a list in a test.
 */
@FunctionalInterface
public interface EventSink {

    void post(String topic, Map<String, Object> properties);

    /** Posts the event with {@link AssessmentEvents#SITE} and the given keys and values; a null value is left out. */
    default void publish(String topic, long siteId, Object... keyValues) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AssessmentEvents.SITE, siteId);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                p.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        post(topic, Map.copyOf(p));
    }
}
