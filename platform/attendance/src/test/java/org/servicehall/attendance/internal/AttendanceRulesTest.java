package org.servicehall.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.security.Role;
import org.servicehall.site.Staff;

class AttendanceRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final Staff LI = new Staff(1, 7, "S001", "李明", EnumSet.of(Role.STAFF), "s001", true);
    private static final Staff WANG = new Staff(2, 7, "S002", "王芳", EnumSet.of(Role.STAFF), "s002", true);
    private static final Staff GONE = new Staff(3, 7, "S003", "赵离", EnumSet.of(Role.STAFF), "s003", false);
    private static final Map<Long, Staff> STAFF = Map.of(1L, LI, 2L, WANG, 3L, GONE);

    private static Instant at(LocalDate d, String hms) {
        return d.atTime(LocalTime.parse(hms)).atZone(ZONE).toInstant();
    }

    private static AttendanceStatus status(String in, String out, String now) {
        return AttendanceRules.status(MONDAY, NINE, FIVE, in == null ? null : at(MONDAY, in), out == null ? null : at(MONDAY, out), ZONE,
                LEAD, at(MONDAY, now));
    }

    @Test
    void clockInExactlyTenMinutesBeforeOpeningIsOnTime_A2() {
        assertEquals(AttendanceStatus.ON_TIME, status("08:50:00", "17:00:00", "17:30:00"));
        assertEquals(AttendanceStatus.ON_TIME, status("08:30:00", "17:05:00", "17:30:00"));
    }

    @Test
    void clockInOneSecondAfterTheLeadTimeIsLate_A2() {
        assertEquals(AttendanceStatus.LATE, status("08:50:01", "17:00:00", "17:30:00"));
        assertEquals(AttendanceStatus.LATE, status("09:20:00", null, "10:00:00"), "late is known while still signed in");
    }

    @Test
    void clockInIsJudgedOnWholeSecondsSoTheBoundarySecondIsOnTime_A2() {
        assertEquals(AttendanceStatus.ON_TIME, status("08:50:00.308", "17:00:00", "17:30:00"), "08:50:00.308 is 08:50:00");
        assertEquals(AttendanceStatus.ON_TIME, status("08:50:00.999", "17:00:00", "17:30:00"), "08:50:00.999 is 08:50:00");
        assertEquals(AttendanceStatus.LATE, status("08:50:01.000", "17:00:00", "17:30:00"));
        assertEquals(AttendanceStatus.OPEN, status("08:50:00.999999", null, "09:30:00"), "not late while still signed in");
        assertEquals(AttendanceStatus.EARLY_LEAVE, status("08:45:00", "16:59:59.999", "17:30:00"), "16:59:59.999 is 16:59:59");
        assertEquals(AttendanceStatus.ON_TIME, status("08:45:00", "17:00:00.001", "17:30:00"));
    }

    @Test
    void clockOutOneSecondBeforeTheShiftEndIsEarlyLeave_A2() {
        assertEquals(AttendanceStatus.EARLY_LEAVE, status("08:45:00", "16:59:59", "17:30:00"));
        assertEquals(AttendanceStatus.ON_TIME, status("08:45:00", "17:00:00", "17:30:00"));
        assertEquals(AttendanceStatus.LATE_AND_EARLY_LEAVE, status("08:55:00", "16:00:00", "17:30:00"));
    }

    @Test
    void noClockInIsAbsentOnlyOnceTheShiftHasEnded_A2() {
        assertEquals(AttendanceStatus.OPEN, status(null, null, "16:59:59"));
        assertEquals(AttendanceStatus.ABSENT, status(null, null, "17:00:00"));
    }

    @Test
    void signInWithoutAShiftIsUnscheduledAndNeverLate_A2() {
        assertEquals(AttendanceStatus.UNSCHEDULED, AttendanceRules.status(MONDAY, null, null, at(MONDAY, "11:00:00"), null, ZONE, LEAD,
                at(MONDAY, "12:00:00")));
    }

    @Test
    void theDeadlineIsTheLeadBeforeTheWindowOpensInTheHallsZone_A2() {
        Shift s = new Shift(7, MONDAY, 1, "S001", "李明", 3, NINE, FIVE);
        assertEquals(at(MONDAY, "08:50:00"), AttendanceRules.clockInDeadline(s, ZONE, LEAD));
    }

    @Test
    void workingDayRosterComesFromTheWeeklyTemplateAndTheDaysChangeReplacesIt_A1() {
        List<ShiftTemplate> templates = List.of(new ShiftTemplate(1, 7, 1, DayOfWeek.MONDAY, 3, NINE, FIVE, FROM, null),
                new ShiftTemplate(2, 7, 2, DayOfWeek.MONDAY, 4, NINE, FIVE, FROM, null), new ShiftTemplate(3, 7, 2, DayOfWeek.TUESDAY, 5, NINE, FIVE, FROM, null),
                new ShiftTemplate(4, 7, 3, DayOfWeek.MONDAY, 6, NINE, FIVE, FROM, null));
        List<RosterChange> changes = List.of(new RosterChange(1, 7, 2, MONDAY, 6, LocalTime.of(13, 0), FIVE, "afternoon only"),
                new RosterChange(2, 7, 1, MONDAY.plusDays(7), null, null, null, "day off"));
        List<Shift> monday = AttendanceRules.roster(7, MONDAY, true, templates, changes, STAFF);
        assertEquals(2, monday.size(), "the inactive staff member is not rostered: " + monday);
        assertEquals(new Shift(7, MONDAY, 1, "S001", "李明", 3, NINE, FIVE), monday.get(0));
        assertEquals(new Shift(7, MONDAY, 2, "S002", "王芳", 6, LocalTime.of(13, 0), FIVE), monday.get(1));

        List<Shift> nextMonday = AttendanceRules.roster(7, MONDAY.plusDays(7), true, templates, changes, STAFF);
        assertEquals(List.of(4), nextMonday.stream().map(Shift::windowNumber).toList(), "李明 has the day off");
    }

    @Test
    void aTemplateRostersOnlyTheDaysItWasInForce_A1() {
        List<ShiftTemplate> templates = List.of(new ShiftTemplate(1, 7, 1, DayOfWeek.MONDAY, 3, NINE, FIVE, MONDAY, MONDAY.plusDays(7)));
        assertTrue(AttendanceRules.roster(7, MONDAY.minusDays(7), true, templates, List.of(), STAFF).isEmpty(), "before it was added");
        assertEquals(1, AttendanceRules.roster(7, MONDAY, true, templates, List.of(), STAFF).size());
        assertEquals(1, AttendanceRules.roster(7, MONDAY.plusDays(7), true, templates, List.of(), STAFF).size(), "its last day");
        assertTrue(AttendanceRules.roster(7, MONDAY.plusDays(14), true, templates, List.of(), STAFF).isEmpty(), "after it was removed");
    }

    @Test
    void onAHolidayOnlyTheDaysChangesRoster_A1() {
        List<ShiftTemplate> templates = List.of(new ShiftTemplate(1, 7, 1, DayOfWeek.MONDAY, 3, NINE, FIVE, FROM, null));
        List<RosterChange> changes = List.of(new RosterChange(1, 7, 2, MONDAY, 1, NINE, LocalTime.NOON, "holiday duty"));
        List<Shift> holiday = AttendanceRules.roster(7, MONDAY, false, templates, changes, STAFF);
        assertEquals(List.of("S002"), holiday.stream().map(Shift::staffNumber).toList());
    }

    @Test
    void aShiftEndsAfterItStarts_A1() {
        Validator v = new Validator();
        AttendanceRules.checkShift(v, FIVE, NINE);
        AttendanceRules.checkWindow(v, 9, n -> n < 7);
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals("must be after the start (17:00)", e.byField().get("end"));
        assertTrue(e.byField().get("window").contains("no window 9"));
    }
}
