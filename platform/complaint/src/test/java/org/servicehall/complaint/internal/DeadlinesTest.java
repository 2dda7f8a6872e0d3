package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.security.Role;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.Urgency;
import org.servicehall.site.WorkingDayCalendar;

/** P2: complaint deadlines in working days over China's National Day 2026 (1-8 October off, Saturday 10 October worked). */
class DeadlinesTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static WorkingDayCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            days.add(new CalendarDay(d(10, day), CalendarDay.Kind.HOLIDAY, "国庆节、中秋节"));
        }
        days.add(new CalendarDay(d(10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        return new WorkingDayCalendar(days);
    }

    @Test
    void stageDeadlinesSkipTheHolidayAndCountTheMakeUpSaturday_P2() {
        Deadlines.Due due = Deadlines.dueDates(nationalDay2026(), d(9, 29), DeadlineSettings.DEFAULTS);
        // 9-30 (1), 10-9 (2), 10-10 make-up (3), 10-12 (4), 10-13 (5)
        assertEquals(d(10, 13), due.acceptance());
        // ... 10-14 (6) … 10-16 (8), 10-19 (9) … 10-23 (13), 10-26 (14), 10-27 (15)
        assertEquals(d(10, 27), due.resolution());
        assertEquals(d(11, 3), due.feedback());
        Deadlines.Due plain = Deadlines.dueDates(new WorkingDayCalendar(List.of()), d(9, 29), DeadlineSettings.DEFAULTS);
        assertEquals(d(10, 6), plain.acceptance(), "without the holiday a week earlier");
    }

    @Test
    void aComplaintRegisteredOnAHolidayCountsFromTheNextWorkingDays_P2() {
        assertEquals(d(10, 14), Deadlines.dueDates(nationalDay2026(), d(10, 3), DeadlineSettings.DEFAULTS).acceptance(),
                "10-9, 10-10 (make-up), 10-12, 10-13, 10-14 is the fifth");
    }

    @Test
    void theReminderFallsOnTheWorkingDayBeforeTheDeadline_P2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(d(10, 10), Deadlines.reminderDay(cal, d(10, 12)), "the make-up Saturday");
        assertEquals(d(9, 30), Deadlines.reminderDay(cal, d(10, 9)), "across the whole holiday");
        assertEquals(Urgency.ON_TRACK, Deadlines.urgency(cal, d(10, 9), d(10, 12)));
        assertEquals(Urgency.DUE_SOON, Deadlines.urgency(cal, d(10, 10), d(10, 12)));
        assertEquals(Urgency.DUE_SOON, Deadlines.urgency(cal, d(10, 11), d(10, 12)), "the Sunday between");
        assertEquals(Urgency.DUE_SOON, Deadlines.urgency(cal, d(10, 12), d(10, 12)), "the last day is not overdue yet");
        assertEquals(Urgency.OVERDUE, Deadlines.urgency(cal, d(10, 13), d(10, 12)));
    }

    @Test
    void overdueCasesEscalateToSupervisorsThenAdministrators_P2() {
        WorkingDayCalendar cal = nationalDay2026();
        assertEquals(0, Deadlines.escalationLevel(cal, d(10, 12), d(10, 12), 3));
        assertEquals(1, Deadlines.escalationLevel(cal, d(10, 13), d(10, 12), 3));
        assertEquals(1, Deadlines.escalationLevel(cal, d(10, 15), d(10, 12), 3), "3 working days overdue");
        assertEquals(2, Deadlines.escalationLevel(cal, d(10, 16), d(10, 12), 3), "4 working days overdue");
        assertEquals(1, Deadlines.escalationLevel(cal, d(10, 4), d(9, 30), 3), "the holiday does not count");
        assertEquals(2, Deadlines.escalationLevel(cal, d(10, 13), d(9, 30), 3), "10-9, 10-10, 10-12, 10-13");
        assertNull(Deadlines.escalatedTo(0));
        assertEquals(Role.SUPERVISOR, Deadlines.escalatedTo(1));
        assertEquals(Role.ADMIN, Deadlines.escalatedTo(2));
    }
}
