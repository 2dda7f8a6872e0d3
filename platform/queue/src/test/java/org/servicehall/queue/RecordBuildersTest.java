package org.servicehall.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Conflict;

/**
 * The builders of the wide records plugins and tests build (API 1.5): the same records as by
 * position, with defaults for what is not set; and the ticket-state error a plugin can catch.
 */
class RecordBuildersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Instant ISSUED = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant CALLED = ISSUED.plusSeconds(300);

    @Test
    void aTicketBuiltByNameIsTheTicketBuiltByPosition_Q1_Q6() {
        Ticket byPosition = new Ticket(12, 7, "GENERAL", "A012", 12, DAY, PriorityClass.ELDERLY, Channel.KIOSK, TicketStatus.CALLED,
                ISSUED, CALLED, null, null, 3, 2, 1, 1, "请带身份证");
        Ticket byName = Ticket.builder().id(12).siteId(7).serviceCode("GENERAL").number("A012").sequence(12).businessDate(DAY)
                .priority(PriorityClass.ELDERLY).channel(Channel.KIOSK).status(TicketStatus.CALLED).issuedAt(ISSUED).calledAt(CALLED)
                .windowNumber(3).targetWindow(2).recalls(1).transfers(1).handoffNote("请带身份证").build();
        assertEquals(byPosition, byName);
        assertEquals(byPosition, byPosition.toBuilder().build());
        Ticket serving = byPosition.toBuilder().status(TicketStatus.SERVING).startedAt(CALLED.plusSeconds(30)).build();
        assertEquals(TicketStatus.SERVING, serving.status());
        assertEquals(byPosition.issuedAt(), serving.issuedAt(), "what is not set is kept");
    }

    @Test
    void aNewTicketWaitsAsANormalTicketNeverCalledUntilToldOtherwise_Q1() {
        Ticket t = Ticket.builder().siteId(7).serviceCode("GENERAL").number("A001").sequence(1).businessDate(DAY).issuedAt(ISSUED)
                .build();
        assertEquals(new Ticket(0, 7, "GENERAL", "A001", 1, DAY, PriorityClass.NORMAL, Channel.API, TicketStatus.WAITING, ISSUED, null,
                null, null, null, null, 0, 0, null), t);
    }

    @Test
    void anAlertBuiltByNameIsTheAlertBuiltByPositionAndStandsUntilCleared_Q3_Q4() {
        QueueAlert byPosition = new QueueAlert(5, 7, "GENERAL", QueueAlert.Kind.WAIT_AT_RISK, "A012", ISSUED, CALLED, null, 11,
                Duration.ofMinutes(4), Duration.ofMinutes(15), 10, Duration.ofMinutes(10), "A012 predicted to wait 15 min");
        QueueAlert byName = QueueAlert.builder().id(5).siteId(7).serviceCode("GENERAL").kind(QueueAlert.Kind.WAIT_AT_RISK)
                .ticketNumber("A012").raisedAt(ISSUED).lastSeenAt(CALLED).waiting(11).waited(Duration.ofMinutes(4))
                .predictedWait(Duration.ofMinutes(15)).waitingOver(10).waitTarget(Duration.ofMinutes(10))
                .message("A012 predicted to wait 15 min").build();
        assertEquals(byPosition, byName);
        assertTrue(byName.standing());
        QueueAlert cleared = byName.toBuilder().clearedAt(CALLED.plusSeconds(60)).build();
        assertEquals(false, cleared.standing());
        assertEquals(byName.raisedAt(), cleared.raisedAt());
        assertNull(QueueAlert.builder().build().ticketNumber(), "a service's alert (Q3) has no ticket");
    }

    @Test
    void aStepThatDoesNotFitTheTicketNamesTheTicketAndItsStateAndIsAConflict_Q6() {
        Ticket waiting = Ticket.builder().number("A001").build();
        InvalidTicketState e = new InvalidTicketState(waiting, "ticket A001 is WAITING; only a ticket that is SERVING can be finished");
        assertEquals("A001", e.number());
        assertEquals(TicketStatus.WAITING, e.current());
        assertEquals("ticket A001 is WAITING; only a ticket that is SERVING can be finished", e.getMessage());
        assertTrue(e instanceof Conflict, "the console and REST API show it as a conflict (409) naming the problem");
    }
}
