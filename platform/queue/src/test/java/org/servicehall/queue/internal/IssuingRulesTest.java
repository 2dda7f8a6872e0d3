package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.IssuingStatus.Reason;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.WorkingDayCalendar;
import org.servicehall.testing.MutableClock;

/**
 * Q1, Q8: when a service takes tickets — what a kiosk is told and what issuing enforces. The hall
 * opens at 09:00 and stops issuing at 17:00; Monday 2026-11-30 is a working day, Tuesday 1 December a
 * holiday, Sunday 6 December a make-up working day (调休).
 */
class IssuingRulesTest {
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
            new CalendarDay(LocalDate.of(2026, 12, 1), CalendarDay.Kind.HOLIDAY, "test holiday"),
            new CalendarDay(LocalDate.of(2026, 12, 6), CalendarDay.Kind.MAKEUP_WORKDAY, "调休")));
    private static final IssuingRules.Hall HALL = new IssuingRules.Hall("办税服务厅", LocalTime.of(9, 0), LocalTime.of(17, 0), CALENDAR);
    private static final IssuingRules.Service GENERAL = new IssuingRules.Service("GENERAL", "综合业务", true, 2, 2);

    private static Instant local(int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(2026, month, day, hour, minute, second).atZone(MutableClock.ZONE).toInstant();
    }

    private static IssuingStatus at(Instant now) {
        return IssuingRules.status(HALL, GENERAL, now, MutableClock.ZONE);
    }

    private static void taking(Instant now) {
        IssuingStatus s = at(now);
        assertTrue(s.takingTickets(), now + ": " + s);
        assertNull(s.reason());
        assertNull(s.opensAgainAt());
        assertNull(s.message());
        assertEquals("GENERAL", s.serviceCode());
    }

    private static IssuingStatus refused(Instant now, Reason reason) {
        IssuingStatus s = at(now);
        assertFalse(s.takingTickets(), now + ": " + s);
        assertEquals(reason, s.reason(), s.toString());
        return s;
    }

    @Test
    void issuingStartsHalfAnHourBeforeTheWindowsOpenAndSaysFromWhen_Q8() {
        IssuingStatus early = refused(local(11, 30, 8, 29, 59), Reason.BEFORE_OPENING);
        assertEquals(local(11, 30, 8, 30, 0), early.opensAgainAt());
        assertEquals("办税服务厅 issues tickets from 08:30 (the windows open at 09:00); it is 08:29:59 now.", early.message());
        assertEquals(local(11, 30, 8, 30, 0), refused(local(11, 30, 0, 5, 0), Reason.BEFORE_OPENING).opensAgainAt(), "after midnight");
        taking(local(11, 30, 8, 30, 0));
        taking(local(11, 30, 9, 0, 0));
    }

    @Test
    void afterTheClosingTimeIssuingOpensAgainOnTheNextWorkingDaySayingIssuedTicketsAreStillServed_Q8() {
        taking(local(11, 30, 16, 59, 59));
        for (Instant now : List.of(local(11, 30, 17, 0, 0), local(11, 30, 17, 0, 1), local(11, 30, 23, 59, 0))) {
            IssuingStatus closed = refused(now, Reason.CLOSED_FOR_THE_DAY);
            // Tuesday is a holiday: Wednesday at 08:30
            assertEquals(local(12, 2, 8, 30, 0), closed.opensAgainAt(), now.toString());
            assertEquals("tickets are issued until 17:00; 办税服务厅 has stopped issuing for today. Tickets already issued are still served. "
                    + "Issuing opens again on 2026-12-02 at 08:30.", closed.message());
        }
        assertEquals(local(12, 3, 8, 30, 0), refused(local(12, 2, 17, 30, 0), Reason.CLOSED_FOR_THE_DAY).opensAgainAt(),
                "an ordinary evening: the next morning");
    }

    @Test
    void onAHolidayNoTicketsAreIssuedAndTheNextWorkingDayIsNamed_Q8() {
        IssuingStatus holiday = refused(local(12, 1, 10, 0, 0), Reason.NOT_A_WORKING_DAY);
        assertEquals(local(12, 2, 8, 30, 0), holiday.opensAgainAt());
        assertEquals("办税服务厅 is closed today (2026-12-01 is not a working day); no tickets are issued. "
                + "Issuing opens again on 2026-12-02 at 08:30.", holiday.message());
        assertEquals(Reason.NOT_A_WORKING_DAY, refused(local(12, 1, 7, 0, 0), Reason.NOT_A_WORKING_DAY).reason(),
                "before opening on a holiday it is the holiday that counts");
    }

    @Test
    void onAWeekendWithAMakeUpWorkingDayIssuingOpensOnTheMakeUpDay_Q8() {
        // Friday evening: Saturday is off, Sunday 6 December is worked
        assertEquals(local(12, 6, 8, 30, 0), refused(local(12, 4, 18, 0, 0), Reason.CLOSED_FOR_THE_DAY).opensAgainAt());
        IssuingStatus saturday = refused(local(12, 5, 10, 0, 0), Reason.NOT_A_WORKING_DAY);
        assertTrue(saturday.message().contains("2026-12-05 is not a working day"), saturday.message());
        assertEquals(local(12, 6, 8, 30, 0), saturday.opensAgainAt());
        taking(local(12, 6, 10, 0, 0));
        // the Sunday after is an ordinary one: Saturday 12 December's next day is Monday 14 December
        assertEquals(local(12, 14, 8, 30, 0), refused(local(12, 12, 10, 0, 0), Reason.NOT_A_WORKING_DAY).opensAgainAt());
    }

    @Test
    void theHoursAreTheSitesLocalTimeInTheClocksZone_Q8() {
        // 08:59:59 UTC is 16:59:59 in Shanghai, 09:00 UTC is 17:00 there
        taking(Instant.parse("2026-11-30T08:59:59Z"));
        assertEquals(Reason.CLOSED_FOR_THE_DAY, at(Instant.parse("2026-11-30T09:00:00Z")).reason());
        assertEquals(Instant.parse("2026-12-02T00:30:00Z"), at(Instant.parse("2026-11-30T09:00:00Z")).opensAgainAt());
    }

    @Test
    void withoutAnOpenWindowOrItsPluginTheServiceTakesNoTicketsUntilSomeoneActs_Q1_Q5() {
        Instant ten = local(11, 30, 10, 0, 0);
        IssuingStatus closedWindows = IssuingRules.status(HALL, new IssuingRules.Service("GENERAL", "综合业务", true, 2, 0), ten,
                MutableClock.ZONE);
        assertEquals(Reason.NO_OPEN_WINDOW, closedWindows.reason());
        assertNull(closedWindows.opensAgainAt(), "when a supervisor opens a window");
        assertEquals("no open window serves '综合业务' now; tickets are issued again when a supervisor opens one", closedWindows.message());
        IssuingStatus none = IssuingRules.status(HALL, new IssuingRules.Service("H-GUIDE", "导医咨询", true, 0, 0), ten, MutableClock.ZONE);
        assertEquals(Reason.NO_OPEN_WINDOW, none.reason());
        assertEquals("no window serves '导医咨询'; an admin assigns the service to a window", none.message());
        IssuingStatus gone = IssuingRules.status(HALL, new IssuingRules.Service("TX-REG-SETUP", "税务登记（设立）", false, 1, 1), ten,
                MutableClock.ZONE);
        assertEquals(Reason.NOT_OFFERED, gone.reason());
        assertEquals("the service '税务登记（设立）' is not offered now: its sector plugin is not installed", gone.message());
        assertEquals(Reason.CLOSED_FOR_THE_DAY, IssuingRules.status(HALL, new IssuingRules.Service("GENERAL", "综合业务", true, 2, 0),
                local(11, 30, 18, 0, 0), MutableClock.ZONE).reason(), "after hours the hours count: they say when to come back");
    }

    @Test
    void aHallOpeningWithinHalfAnHourOfMidnightIssuesFromMidnight_Q8() {
        assertEquals(LocalTime.MIDNIGHT, IssuingRules.issuingStart(LocalTime.of(0, 0)));
        assertEquals(LocalTime.MIDNIGHT, IssuingRules.issuingStart(LocalTime.of(0, 20)));
        assertEquals(LocalTime.of(0, 0), IssuingRules.issuingStart(LocalTime.of(0, 30)));
        assertEquals(LocalTime.of(7, 30), IssuingRules.issuingStart(LocalTime.of(8, 0)));
    }
}
