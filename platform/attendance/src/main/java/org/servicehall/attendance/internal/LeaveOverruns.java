package org.servicehall.attendance.internal;

import org.servicehall.attendance.AttendanceEvents;

/** A3: leaves that outrun the allowed time, reported once each as violation candidates (asked by the live rules' timer). */
public interface LeaveOverruns {

    /**
     * Publishes each open leave of the site that has outrun the allowed time once (across nodes: the
     * database marks it reported) as a {@link AttendanceEvents#LEAVE_OVERRUN}.
     *
     * @return how many were published now
     */
    int reportOverruns(long siteId);
}
