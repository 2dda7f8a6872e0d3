package org.servicehall.attendance;

import java.util.Optional;

/**
 * Who is at a window now (A4): the open attendance record and, while they are away, the
 * leave-post.
 */
public record Post(AttendanceRecord record, Optional<LeavePost> leave) {

    public boolean staffed() {
        return record.signedIn() && leave.isEmpty();
    }
}
