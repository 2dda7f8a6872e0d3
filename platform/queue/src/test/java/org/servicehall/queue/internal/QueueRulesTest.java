package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.queue.internal.Tickets.inState;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.InvalidTicketState;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;

/** Ticket numbers (Q1) and the state rules of recall, no-show, start, finish and transfer (Q6). */
class QueueRulesTest {
    @Test
    void numbersArePrefixAndAtLeastThreeDigits_Q1() {
        assertEquals("A001", QueueRules.number("A", 1));
        assertEquals("A012", QueueRules.number("A", 12));
        assertEquals("A999", QueueRules.number("A", 999));
        assertEquals("A1000", QueueRules.number("A", 1000));
        assertEquals("A12345", QueueRules.number("A", 12345));
        assertEquals("TX007", QueueRules.number("TX", 7));
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
        assertEquals("A001", e.number());
        assertEquals(TicketStatus.WAITING, e.current());
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
