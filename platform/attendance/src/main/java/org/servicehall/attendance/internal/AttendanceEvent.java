package org.servicehall.attendance.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servicehall.attendance.AttendanceEvents;

/** An attendance event to publish: its topic and properties (see {@link AttendanceEvents}). */
public record AttendanceEvent(String topic, Map<String, Object> properties) {

    /** An event about a staff member at a window: site, staff number and name, window, then {@code extra}. */
    static AttendanceEvent aboutStaff(String topic, long siteId, String staffNumber, String staffName, int window,
            Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AttendanceEvents.SITE, siteId);
        p.put(AttendanceEvents.STAFF_NUMBER, staffNumber);
        p.put(AttendanceEvents.STAFF_NAME, staffName);
        p.put(AttendanceEvents.WINDOW, window);
        p.putAll(extra);
        return new AttendanceEvent(topic, p);
    }
}
