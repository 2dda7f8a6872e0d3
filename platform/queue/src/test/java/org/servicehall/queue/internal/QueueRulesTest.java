package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.queue.internal.Tickets.inState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.WorkingDayCalendar;

/** Ticket numbers (Q1), issuing hours (Q8) and the state rules of recall, no-show, start, finish and transfer (Q6). */
class QueueRulesTest {
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    private static final WorkingDayCalendar PLAIN = new WorkingDayCalendar(List.of());
    private static final String HALL = "办税服务厅";

    private static Instant local(int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(2026, month, day, hour, minute, second).atZone(MutableClock.ZONE).toInstant();
    }

    private static void issueAt(Instant now, WorkingDayCalendar calendar) {
        QueueRules.checkIssuing(now, MutableClock.ZONE, FIVE_PM, calendar, HALL);
    }

    @Test
    void numbersArePrefixAndAtLeastThreeDigits_Q1() {
        assertEquals("A001", QueueRules.number("A", 1));
        assertEquals("A012", QueueRules.number("A", 12));
        assertEquals("A999", QueueRules.number("A", 999));
        assertEquals("A1000", QueueRules.number("A", 1000));
        assertEquals("A12345", QueueRules.number("A", 12345));
        assertEquals("TX007", QueueRules.number("TX", 7));
    }

    @Test
    void issuingIsAllowedOnAWorkingDayBeforeClosingTime_Q8() {
        assertDoesNotThrow(() -> issueAt(local(11, 30, 9, 0, 0), PLAIN));
        assertDoesNotThrow(() -> issueAt(local(11, 30, 7, 30, 0), PLAIN), "before opening: citizens may queue early");
        assertDoesNotThrow(() -> issueAt(local(11, 30, 16, 59, 59), PLAIN));
    }

    @Test
    void issuingIsRefusedAtAndAfterClosingTimeSayingIssuedTicketsAreStillServed_Q8() {
        for (Instant now : List.of(local(11, 30, 17, 0, 0), local(11, 30, 17, 0, 1), local(11, 30, 20, 0, 0))) {
            HallException e = assertThrows(HallException.class, () -> issueAt(now, PLAIN), now.toString());
            assertEquals("tickets are issued until 17:00; 办税服务厅 has stopped issuing for today. Tickets already issued are still served.",
                    e.getMessage());
        }
    }

    @Test
    void theClosingTimeIsTheSitesLocalTimeInTheClocksZone_Q8() {
        // 08:59:59 UTC is 16:59:59 in Shanghai, 09:00 UTC is 17:00 there
        assertDoesNotThrow(() -> issueAt(Instant.parse("2026-11-30T08:59:59Z"), PLAIN));
        assertThrows(HallException.class, () -> issueAt(Instant.parse("2026-11-30T09:00:00Z"), PLAIN));
    }

    @Test
    void issuingIsRefusedOnHolidaysAndWeekendsButAllowedOnMakeUpWorkingDays_Q8() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
                new CalendarDay(LocalDate.of(2026, 12, 1), CalendarDay.Kind.HOLIDAY, "test holiday"),
                new CalendarDay(LocalDate.of(2026, 12, 6), CalendarDay.Kind.MAKEUP_WORKDAY, "调休")));
        HallException holiday = assertThrows(HallException.class, () -> issueAt(local(12, 1, 9, 0, 0), calendar));
        assertEquals("办税服务厅 is closed today (2026-12-01 is not a working day); no tickets are issued", holiday.getMessage());
        HallException saturday = assertThrows(HallException.class, () -> issueAt(local(12, 5, 10, 0, 0), calendar));
        assertTrue(saturday.getMessage().contains("2026-12-05 is not a working day"), saturday.getMessage());
        assertDoesNotThrow(() -> issueAt(local(12, 6, 10, 0, 0), calendar), "a make-up working Sunday");
        assertDoesNotThrow(() -> issueAt(local(11, 30, 10, 0, 0), calendar));
    }

    /** Asserts that {@code rule} accepts exactly the {@code allowed} states and names the others. */
    private static void onlyIn(Set<TicketStatus> allowed, String step, Consumer<Ticket> rule) {
        String names = String.join(" or ", allowed.stream().map(Enum::name).toList());
        for (TicketStatus s : TicketStatus.values()) {
            Ticket t = inState(s, 5);
            if (allowed.contains(s)) {
                assertDoesNotThrow(() -> rule.accept(t), s + " may be " + step);
            } else {
                InvalidTicketState e = assertThrows(InvalidTicketState.class, () -> rule.accept(t), s + " may not be " + step);
                assertEquals("ticket A001 is " + s + "; only a ticket that is " + names + " can be " + step, e.getMessage());
            }
        }
    }

    @Test
    void onlyACalledTicketCanBeRecalled_Q6() {
        onlyIn(EnumSet.of(TicketStatus.CALLED), "recalled", QueueRules::checkRecall);
    }

    @Test
    void onlyACalledTicketCanBeStarted_Q6() {
        onlyIn(EnumSet.of(TicketStatus.CALLED), "started", QueueRules::checkStart);
    }

    @Test
    void onlyAServingTicketCanBeFinished_Q6() {
        onlyIn(EnumSet.of(TicketStatus.SERVING), "finished", QueueRules::checkFinish);
        InvalidTicketState e = assertThrows(InvalidTicketState.class, () -> QueueRules.checkFinish(inState(TicketStatus.WAITING, 0)));
        assertEquals("ticket A001 is WAITING; only a ticket that is SERVING can be finished", e.getMessage());
    }

    @Test
    void onlyACalledOrServingTicketCanBeTransferred_Q6() {
        onlyIn(EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING), "transferred", QueueRules::checkTransfer);
    }

    @Test
    void onlyACalledTicketCanBeANoShow_Q6() {
        onlyIn(EnumSet.of(TicketStatus.CALLED), "marked as no-show", t -> QueueRules.checkNoShow(t, 2));
    }

    @Test
    void aNoShowNeedsTheConfiguredNumberOfRecallsAndTheMessageNamesIt_Q6() {
        InvalidTicketState none = assertThrows(InvalidTicketState.class, () -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 0), 2));
        assertEquals("ticket A001 was recalled 0 time(s); recall it 2 time(s) before marking it as no-show", none.getMessage());
        InvalidTicketState one = assertThrows(InvalidTicketState.class, () -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 1), 2));
        assertTrue(one.getMessage().contains("recalled 1 time(s); recall it 2 time(s)"), one.getMessage());
        assertDoesNotThrow(() -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 2), 2));
        assertDoesNotThrow(() -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 3), 2));

        InvalidTicketState three = assertThrows(InvalidTicketState.class, () -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 2), 3));
        assertTrue(three.getMessage().contains("recall it 3 time(s)"), three.getMessage());
        assertDoesNotThrow(() -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 0), 0), "configured to need no recall");
    }
}
