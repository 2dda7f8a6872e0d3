package org.servicehall.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.common.DomainEvent;

/** The assessment's events as the platform's {@link DomainEvent}s: every one carries {@link AssessmentEvents#SITE}. */
final class AssessmentEvent {
    private AssessmentEvent() {
    }

    /** The event on {@code topic} of the site, with the given keys and values (a null value is left out). */
    static DomainEvent of(String topic, long siteId, Object... keyValues) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AssessmentEvents.SITE, siteId);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new DomainEvent(topic, p);
    }
}
