package org.servicehall.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One staff member's attendance at one window on one day (A2): the clock-in and clock-out, the
 * shift it was judged against (null when unscheduled), the time spent away from the post (A3) and
 * the resulting status. {@code corrected} tells that a supervisor changed it (A5, audited).
 */
public record AttendanceRecord(long id, long siteId, long staffId, String staffNumber, String staffName, int windowNumber,
        LocalDate date, LocalTime shiftStart, LocalTime shiftEnd, Instant clockIn, Instant clockOut, Duration awayFromPost,
        int leaves, AttendanceStatus status, boolean corrected, String correctionReason) {

    public boolean signedIn() {
        return clockOut == null && clockIn != null;
    }
}
