package org.servicehall.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.servicehall.attendance.AlertKind;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.Shift;
import org.servicehall.site.Window;

class StaffingRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Window W1 = new Window(1, 7, 1, "一号窗口", Set.of("GENERAL"));
    private static final Window W2 = new Window(2, 7, 2, "二号窗口", Set.of("INVOICE"));
    private final StaffingRules rules = new StaffingRules(Duration.ofMinutes(5));

    private static Instant at(String hm) {
        return DAY.atTime(LocalTime.parse(hm)).atZone(ZONE).toInstant();
    }

    private static AttendanceRecord record(long staffId, int window, String in) {
        return AttendanceRecord.builder().id(staffId * 10).siteId(7).staffId(staffId).staffNumber("S00" + staffId).staffName("员工" + staffId)
                .windowNumber(window).date(DAY).shiftStart(LocalTime.of(9, 0)).shiftEnd(LocalTime.of(17, 0)).clockIn(at(in))
                .status(AttendanceStatus.OPEN).build();
    }

    private static Post post(AttendanceRecord r, LeavePost leave) {
        return new Post(r, Optional.ofNullable(leave));
    }

    private List<StaffingRules.Alert> evaluate(String now, List<Post> posts, List<Shift> shifts, List<AttendanceRecord> records,
            Map<String, Integer> waiting, Set<Integer> busy, Map<Integer, Instant> activity) {
        return rules.evaluate(new StaffingRules.Snapshot(at(now), ZONE, List.of(W1, W2), posts, shifts, records, waiting, Set.of(), busy,
                activity));
    }

    @Test
    void aRosteredWindowThatOpenedWithoutClockInRaisesAnAlert_A2() {
        Shift shift = new Shift(7, DAY, 1, "S001", "李明", 1, LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertTrue(evaluate("08:59", List.of(), List.of(shift), List.of(), Map.of(), Set.of(), Map.of()).isEmpty(), "not open yet");
        List<StaffingRules.Alert> alerts = evaluate("09:00", List.of(), List.of(shift), List.of(), Map.of(), Set.of(), Map.of());
        assertEquals(List.of(AlertKind.NO_CLOCK_IN_AT_OPENING), alerts.stream().map(StaffingRules.Alert::kind).toList());
        assertTrue(alerts.get(0).message().contains("李明 (S001) has not clocked in; window 1 opened at 09:00"));
        assertTrue(evaluate("09:01", List.of(), List.of(shift), List.of(record(1, 1, "09:01")), Map.of(), Set.of(), Map.of()).isEmpty());
    }

    @Test
    void leavingThePostWhileTicketsWaitRaisesAnAlert_A3() {
        AttendanceRecord r = record(1, 1, "08:45");
        LeavePost away = new LeavePost(5, r.id(), "S001", 1, "取材料", at("10:00"), null);
        List<StaffingRules.Alert> alerts = evaluate("10:01", List.of(post(r, away)), List.of(), List.of(r), Map.of("GENERAL", 3), Set.of(),
                Map.of());
        assertTrue(alerts.stream().anyMatch(a -> a.kind() == AlertKind.LEFT_POST_WHILE_WAITING && a.message().contains("取材料")), alerts.toString());
        assertTrue(alerts.stream().anyMatch(a -> a.kind() == AlertKind.SERVICE_UNSTAFFED && "GENERAL".equals(a.service())),
                "nobody serves GENERAL while its only window's staff is away: " + alerts);
        assertTrue(evaluate("10:01", List.of(post(r, away)), List.of(), List.of(r), Map.of("INVOICE", 0), Set.of(), Map.of()).isEmpty(),
                "nobody waits: no alert");
    }

    @Test
    void aStaffedWindowIdleLongerThanAllowedWhilePeopleWaitRaisesAnAlert() {
        AttendanceRecord r = record(1, 1, "08:45");
        Map<Integer, Instant> lastCall = Map.of(1, at("10:00"));
        assertTrue(evaluate("10:05", List.of(post(r, null)), List.of(), List.of(r), Map.of("GENERAL", 2), Set.of(), lastCall).isEmpty(),
                "exactly five minutes is not yet idle");
        List<StaffingRules.Alert> idle = evaluate("10:05:01", List.of(post(r, null)), List.of(), List.of(r), Map.of("GENERAL", 2), Set.of(),
                lastCall);
        assertEquals(List.of(AlertKind.IDLE_WINDOW), idle.stream().map(StaffingRules.Alert::kind).toList());
        assertTrue(evaluate("10:30", List.of(post(r, null)), List.of(), List.of(r), Map.of("GENERAL", 2), Set.of(1), lastCall).isEmpty(),
                "serving someone is not idle");
        assertTrue(evaluate("10:30", List.of(post(r, null)), List.of(), List.of(r), Map.of("INVOICE", 2), Set.of(), lastCall).stream()
                .noneMatch(a -> a.kind() == AlertKind.IDLE_WINDOW), "nobody waits for window 1's services");
    }

    @Test
    void aPluginRuleAddsItsAlertsAndABrokenRuleIsSkippedWithoutTheOthers_A3() {
        AttendanceRecord r = record(1, 1, "08:45");
        LeavePost away = new LeavePost(5, r.id(), "S001", 1, "取材料", at("10:00"), null);
        org.servicehall.attendance.StaffingSnapshot hall = new org.servicehall.attendance.StaffingSnapshot(7, at("10:01"), ZONE,
                List.of(W1, W2), List.of(post(r, away)), List.of(), List.of(r), Map.of("GENERAL", 3), Set.of(), Set.of(), Map.of());
        org.servicehall.attendance.StaffingRule plugin = h -> List.of(new org.servicehall.attendance.StaffingAlert("LOBBY_CROWDED",
                "lobby", h.waitingFor(W1) + " wait in the lobby", null, null, null));
        org.servicehall.attendance.StaffingRule broken = h -> {
            throw new IllegalStateException("a plugin bug");
        };
        java.util.List<String> failures = new java.util.ArrayList<>();
        List<org.servicehall.attendance.StaffingAlert> all = StaffingRules.evaluateAll(hall, List.of(rules, broken, plugin, plugin),
                (rule, e) -> failures.add(e.getMessage()));
        assertEquals(List.of("LEFT_POST_WHILE_WAITING", "SERVICE_UNSTAFFED", "LOBBY_CROWDED"),
                all.stream().map(org.servicehall.attendance.StaffingAlert::kind).toList(), "the same key counts once");
        assertEquals("3 wait in the lobby", all.get(2).message());
        assertEquals(List.of("a plugin bug"), failures);
    }
}
