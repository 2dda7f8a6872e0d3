package org.servicehall.attendance;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * A5: a site's attendance for a month, one line per staff member, with the records it is made of
 * (absences included as records with status ABSENT and no clock-in, id 0).
 */
public record MonthlyReport(long siteId, YearMonth month, List<Line> lines, List<AttendanceRecord> records) {

    /** One staff member's month. */
    public record Line(long staffId, String staffNumber, String staffName, int shifts, int attended, int onTime, int late,
            int earlyLeave, int absent, int unscheduled, int leaves, Duration awayFromPost, int corrections) {
    }
}
