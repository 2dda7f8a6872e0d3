package org.servicehall.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.site.Window;

/** The builders and factory methods of the records plugins build (API 1.1): the same records as by position, with defaults. */
class RecordBuildersTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Instant IN = DAY.atTime(8, 50).atZone(ZONE).toInstant();

    @Test
    void aRecordBuiltByNameIsTheRecordBuiltByPosition_A2() {
        AttendanceRecord byPosition = new AttendanceRecord(10, 7, 1, "S001", "李明", 1, DAY, LocalTime.of(9, 0), LocalTime.of(17, 0), IN,
                null, Duration.ofMinutes(7), 1, AttendanceStatus.OPEN, true, "刷卡机故障");
        AttendanceRecord byName = AttendanceRecord.builder().id(10).siteId(7).staffId(1).staffNumber("S001").staffName("李明")
                .windowNumber(1).date(DAY).shiftStart(LocalTime.of(9, 0)).shiftEnd(LocalTime.of(17, 0)).clockIn(IN)
                .awayFromPost(Duration.ofMinutes(7)).leaves(1).status(AttendanceStatus.OPEN).corrected(true).correctionReason("刷卡机故障")
                .build();
        assertEquals(byPosition, byName);
        assertEquals(byPosition, byPosition.toBuilder().build());
        assertEquals(AttendanceStatus.LATE, byPosition.toBuilder().status(AttendanceStatus.LATE).build().status());
    }

    @Test
    void aRecordOfAShiftNobodyClockedInForHasNothingAwayAndIsNotStored_A2() {
        Shift shift = new Shift(7, DAY, 1, "S001", "李明", 1, LocalTime.of(9, 0), LocalTime.of(17, 0));
        AttendanceRecord absent = AttendanceRecord.builder().shift(shift).status(AttendanceStatus.ABSENT).build();
        assertEquals(new AttendanceRecord(0, 7, 1, "S001", "李明", 1, DAY, LocalTime.of(9, 0), LocalTime.of(17, 0), null, null,
                Duration.ZERO, 0, AttendanceStatus.ABSENT, false, null), absent);
        assertTrue(!absent.signedIn());
    }

    @Test
    void aSnapshotBuiltWithOnlyWhatARuleLooksAtHasEverythingElseEmpty_A3() {
        Window pharmacy = new Window(3, 7, 3, "药房", Set.of("H-PHARM"));
        StaffingSnapshot hall = StaffingSnapshot.builder(7, IN, ZONE).windows(List.of(pharmacy)).waiting(Map.of("H-PHARM", 12)).build();
        assertEquals(new StaffingSnapshot(7, IN, ZONE, List.of(pharmacy), List.of(), List.of(), List.of(), Map.of("H-PHARM", 12), Set.of(),
                Set.of(), Map.of()), hall);
        assertEquals(12, hall.waitingFor(pharmacy));
        assertTrue(!hall.staffed(3));

        AttendanceRecord in = AttendanceRecord.builder().siteId(7).staffId(1).staffNumber("D003").windowNumber(3).date(DAY).clockIn(IN)
                .status(AttendanceStatus.UNSCHEDULED).build();
        StaffingSnapshot staffed = StaffingSnapshot.builder(7, IN, ZONE).windows(List.of(pharmacy)).posts(List.of(new Post(in,
                Optional.empty()))).shifts(List.of()).todaysRecords(List.of(in)).closedWindows(Set.of(2)).busyWindows(Set.of(3))
                .lastActivity(Map.of(3, IN)).build();
        assertTrue(staffed.staffed(3));
        assertEquals(Set.of(2), staffed.closedWindows());
        assertEquals(Set.of(3), staffed.busyWindows());
        assertEquals(Map.of(3, IN), staffed.lastActivity());
        assertEquals(List.of(in), staffed.todaysRecords());
    }

    @Test
    void anAlertNamesWhatItIsAboutOneThingAtATime_A3() {
        StaffingAlert alert = StaffingAlert.of("H_PHARMACY_PEAK", "h-pharmacy-peak", "12 patients wait at the pharmacy");
        assertEquals(new StaffingAlert("H_PHARMACY_PEAK", "h-pharmacy-peak", "12 patients wait at the pharmacy", null, null, null), alert);
        assertEquals(new StaffingAlert("H_PHARMACY_PEAK", "h-pharmacy-peak", "12 patients wait at the pharmacy", 3, "H-PHARM", "D003"),
                alert.atWindow(3).forService("H-PHARM").forStaff("D003"));
        assertThrows(NullPointerException.class, () -> StaffingAlert.of("KIND", null, "message"), "the key is required");
    }
}
