package org.servicehall.complaint.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servicehall.common.DomainEvent;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintEvents;

/** The area's events ({@link ComplaintEvents}) as {@link DomainEvent}s; a property given as null is left out. */
final class AreaEvents {
    private AreaEvents() {
    }

    /** An event with the given properties, in order: key, value, key, value… */
    static DomainEvent event(String topic, Object... keysAndValues) {
        return new DomainEvent(topic, put(new LinkedHashMap<>(), keysAndValues));
    }

    /** An event of a case: its site, id, tracking number and status, then {@code more} (key, value…). */
    static DomainEvent ofCase(String topic, Complaint k, Object... more) {
        Map<String, Object> p = put(new LinkedHashMap<>(), ComplaintEvents.SITE, k.siteId(), ComplaintEvents.COMPLAINT_ID, k.id(),
                ComplaintEvents.TRACKING_NUMBER, k.trackingNumber(), ComplaintEvents.STATUS, k.status().name());
        return new DomainEvent(topic, put(p, more));
    }

    private static Map<String, Object> put(Map<String, Object> p, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }
}
