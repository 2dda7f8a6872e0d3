package org.servicehall.hospital.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.StaffingAlert;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.site.Window;

class PharmacyPeakRuleTest {
    private static final Window PHARM_3 = new Window(3, 1, 3, "药房", Set.of("H-PHARM"));
    private static final Window PHARM_7 = new Window(7, 1, 7, "药房二", Set.of("H-PHARM"));
    private final PharmacyPeakRule rule = new PharmacyPeakRule();

    private static Post at(int window) {
        return new Post(new AttendanceRecord(window, 1, window, "D00" + window, "药师" + window, window, LocalDate.of(2026, 11, 30),
                null, null, Instant.EPOCH, null, Duration.ZERO, 0, AttendanceStatus.UNSCHEDULED, false, null), Optional.empty());
    }

    private List<StaffingAlert> evaluate(int waiting, List<Post> posts) {
        return rule.evaluate(new StaffingSnapshot(1, Instant.EPOCH, ZoneId.of("Asia/Shanghai"), List.of(PHARM_3, PHARM_7), posts,
                List.of(), List.of(), Map.of("H-PHARM", waiting), Set.of(), Set.of(), Map.of()));
    }

    @Test
    void morePatientsThanThePeakWithOneDispensingWindowStaffedAsksForAnother_Q11() {
        assertTrue(evaluate(15, List.of(at(3))).isEmpty(), "15 is not over the peak");
        List<StaffingAlert> alerts = evaluate(16, List.of(at(3)));
        assertEquals(1, alerts.size());
        assertEquals("H_PHARMACY_PEAK", alerts.get(0).kind());
        assertTrue(alerts.get(0).message().startsWith("16 patients wait at the pharmacy and 1 dispensing window(s)"));
        assertTrue(evaluate(40, List.of(at(3), at(7))).isEmpty(), "two staffed windows cope");
    }
}
