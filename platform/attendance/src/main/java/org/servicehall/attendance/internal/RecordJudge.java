package org.servicehall.attendance.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.Shift;
import org.servicehall.site.SiteService;

/**
 * A2: stored sign-ins judged into attendance records by {@link AttendanceRules#status} in the site's
 * zone (issue 12: whatever the server's zone is), with the time away from the post of their leaves (A3); and a day's records, which add the
 * rostered shifts nobody clocked in for.
 */
final class RecordJudge {
    private final SiteService sites;
    private final Duration clockInLead;

    /** @param clockInLead A2: how long before the window opens staff must have clocked in */
    RecordJudge(SiteService sites, Duration clockInLead) {
        this.sites = sites;
        this.clockInLead = clockInLead;
    }

    /** The sign-in as it stands at {@code now}, given its leaves. */
    AttendanceRecord judge(AttendanceStore.Row r, List<LeavePost> leaves, Instant now) {
        return AttendanceRecord.builder().id(r.id()).siteId(r.siteId()).staffId(r.staffId()).staffNumber(r.staffNumber())
                .staffName(r.staffName()).windowNumber(r.windowNumber()).date(r.date()).shiftStart(r.shiftStart()).shiftEnd(r.shiftEnd())
                .clockIn(r.clockIn()).clockOut(r.clockOut()).awayFromPost(AttendanceStore.away(leaves, now)).leaves(leaves.size())
                .status(AttendanceRules.status(r.date(), r.shiftStart(), r.shiftEnd(), r.clockIn(), r.clockOut(), sites.clock(r.siteId()).getZone(),
                        clockInLead, now))
                .corrected(r.corrected()).correctionReason(r.correctionReason()).build();
    }

    /**
     * One day's records: each sign-in judged, plus a record without clock-in (id 0) for each rostered
     * shift nobody clocked in for (OPEN until the shift ends, ABSENT after); by window, then staff number.
     */
    List<AttendanceRecord> day(LocalDate date, List<AttendanceStore.Row> rows, List<LeavePost> leaves, List<Shift> shifts, Instant now) {
        Map<Long, List<LeavePost>> leavesByRecord = leaves.stream().collect(Collectors.groupingBy(LeavePost::recordId));
        List<AttendanceRecord> out = new ArrayList<>();
        for (AttendanceStore.Row r : rows) {
            out.add(judge(r, leavesByRecord.getOrDefault(r.id(), List.of()), now));
        }
        for (Shift s : shifts) {
            boolean attended = rows.stream().anyMatch(r -> r.staffId() == s.staffId());
            if (!attended) {
                out.add(AttendanceRecord.builder().shift(s).date(date)
                        .status(AttendanceRules.status(date, s.start(), s.end(), null, null, sites.clock(s.siteId()).getZone(), clockInLead, now)).build());
            }
        }
        out.sort(Comparator.comparingInt(AttendanceRecord::windowNumber).thenComparing(AttendanceRecord::staffNumber));
        return out;
    }
}
