package org.servicehall.attendance.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.Texts;
import org.servicehall.common.Validator;
import org.servicehall.site.Staff;

/** The attendance rules (A1, A2) as plain functions, so each boundary is tested to the second. */
final class AttendanceRules {
    static final int MAX_REASON = 200;
    /** Attendance's refusals, in the reader's language (issue 12). */
    static final Texts TEXTS = Texts.of(AttendanceRules.class, "attendance-errors");

    private AttendanceRules() {
    }

    /**
     * A1: the day's effective shifts. On a working day every weekly template of that weekday, with
     * the day's change of a staff member replacing theirs (another window or hours, or a day off);
     * on other days only the changes. Inactive staff are not rostered.
     */
    static List<Shift> roster(long siteId, LocalDate date, boolean workingDay, Collection<ShiftTemplate> templates,
            Collection<RosterChange> changes, Map<Long, Staff> staff) {
        Map<Long, Shift> byStaff = new HashMap<>();
        if (workingDay) {
            for (ShiftTemplate t : templates) {
                Staff s = staff.get(t.staffId());
                if (t.day() == date.getDayOfWeek() && t.inForceOn(date) && s != null && s.active()) {
                    byStaff.put(t.staffId(), new Shift(siteId, date, s.id(), s.staffNumber(), s.name(), t.windowNumber(), t.start(), t.end()));
                }
            }
        }
        for (RosterChange c : changes) {
            if (!c.date().equals(date)) {
                continue;
            }
            Staff s = staff.get(c.staffId());
            if (c.dayOff() || s == null || !s.active()) {
                byStaff.remove(c.staffId());
            } else {
                byStaff.put(c.staffId(), new Shift(siteId, date, s.id(), s.staffNumber(), s.name(), c.windowNumber(), c.start(), c.end()));
            }
        }
        List<Shift> shifts = new ArrayList<>(byStaff.values());
        shifts.sort(Comparator.comparing(Shift::start).thenComparingInt(Shift::windowNumber));
        return shifts;
    }

    /**
     * A2: the latest moment a clock-in counts as on time: {@code lead} before the shift starts (the
     * window opens). Clocking in at exactly this second is on time (08:50:00.999 for a 09:00 shift
     * included, see {@link #wholeSecond}); the next second is late.
     */
    static Instant clockInDeadline(Shift shift, ZoneId zone, Duration lead) {
        return clockInDeadline(shift.date(), shift.start(), zone, lead);
    }

    private static Instant clockInDeadline(LocalDate date, LocalTime shiftStart, ZoneId zone, Duration lead) {
        return date.atTime(shiftStart).atZone(zone).toInstant().minus(lead);
    }

    /**
     * A2 is judged on whole seconds, as the rule and the screens state it: a clock-in or clock-out
     * counts as the second it falls in, on the hall's clock ({@code 08:50:00.308} is {@code 08:50:00}).
     */
    static Instant wholeSecond(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS).toInstant();
    }

    static Instant shiftEnd(LocalDate date, LocalTime end, ZoneId zone) {
        return date.atTime(end).atZone(zone).toInstant();
    }

    /**
     * A2: how a record stands, judged on whole seconds. Without a shift it is UNSCHEDULED; without a clock-in, ABSENT once the
     * shift has ended (OPEN before); a clock-out before the shift end is an early leave; while still
     * signed in before the end, the record is OPEN unless already late.
     */
    static AttendanceStatus status(LocalDate date, LocalTime shiftStart, LocalTime shiftEnd, Instant clockIn, Instant clockOut,
            ZoneId zone, Duration lead, Instant now) {
        if (shiftStart == null || shiftEnd == null) {
            return AttendanceStatus.UNSCHEDULED;
        }
        Instant end = shiftEnd(date, shiftEnd, zone);
        if (clockIn == null) {
            return now.isBefore(end) ? AttendanceStatus.OPEN : AttendanceStatus.ABSENT;
        }
        boolean late = wholeSecond(clockIn, zone).isAfter(clockInDeadline(date, shiftStart, zone, lead));
        if (clockOut == null) {
            return late ? AttendanceStatus.LATE : AttendanceStatus.OPEN;
        }
        boolean early = wholeSecond(clockOut, zone).isBefore(end);
        if (late && early) {
            return AttendanceStatus.LATE_AND_EARLY_LEAVE;
        }
        return late ? AttendanceStatus.LATE : early ? AttendanceStatus.EARLY_LEAVE : AttendanceStatus.ON_TIME;
    }

    /** A1: a shift's times: both given, start before end. */
    static void checkShift(Validator v, LocalTime start, LocalTime end) {
        v.check(start != null, "start", TEXTS.message("attendance.error.required")).check(end != null, "end", TEXTS.message("attendance.error.required"));
        if (start != null && end != null) {
            v.check(start.isBefore(end), "end", TEXTS.message("attendance.error.endBeforeStart", start.toString()));
        }
    }

    static void checkWindow(Validator v, int windowNumber, Predicate<Integer> exists) {
        v.check(exists.test(windowNumber), "window", TEXTS.message("attendance.error.noWindow", windowNumber));
    }
}
