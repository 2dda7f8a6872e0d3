package org.servicehall.attendance.internal;

import java.util.function.Consumer;

/**
 * Attendance's events on this node: each is posted on EventAdmin (when there is one) and handed to
 * the node's listeners, the live staffing rules and open screens.
 */
public interface AttendanceEventBus {

    void publish(AttendanceEvent event);

    /** Follows every event published on this node; returns the handle that stops it. */
    Subscription listen(Consumer<AttendanceEvent> listener);

    /** Stops a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
