package org.servicehall.hospital.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.StaffingAlert;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.fixture.TestData;
import org.servicehall.site.Window;
import org.servicehall.testing.MutableClock;

class PharmacyPeakRuleTest {
    private static final Window PHARM_3 = TestData.window(3, "H-PHARM");
    private static final Window PHARM_7 = TestData.window(7, "H-PHARM");
    private final PharmacyPeakRule rule = new PharmacyPeakRule();

    private static Post at(int window) {
        return new Post(AttendanceRecord.builder().id(window).siteId(TestData.SITE_ID).staffId(window).staffNumber("D00" + window)
                .staffName("药师" + window).windowNumber(window).date(TestData.MONDAY).clockIn(Instant.EPOCH)
                .status(AttendanceStatus.UNSCHEDULED).build(), Optional.empty());
    }

    private List<StaffingAlert> evaluate(int waiting, List<Post> posts) {
        return rule.evaluate(StaffingSnapshot.builder(TestData.SITE_ID, Instant.EPOCH, MutableClock.ZONE)
                .windows(List.of(PHARM_3, PHARM_7)).posts(posts).waiting(Map.of("H-PHARM", waiting)).build());
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
