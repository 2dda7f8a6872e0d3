package org.servicehall.attendance.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.common.DomainEvent;

/** The attendance events about a staff member at a window (sign-ins, leaves, overruns, corrections). */
final class StaffEvent {
    private StaffEvent() {
    }

    /** The event with the site, staff number and name and window ({@link AttendanceEvents}), then {@code extra}. */
    static DomainEvent of(String topic, long siteId, String staffNumber, String staffName, int window, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AttendanceEvents.SITE, siteId);
        p.put(AttendanceEvents.STAFF_NUMBER, staffNumber);
        p.put(AttendanceEvents.STAFF_NAME, staffName);
        p.put(AttendanceEvents.WINDOW, window);
        p.putAll(extra);
        return new DomainEvent(topic, p);
    }
}
