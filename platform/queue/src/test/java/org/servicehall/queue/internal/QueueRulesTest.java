package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.queue.internal.Tickets.inState;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * Q6 (issue 12): the desk enables exactly the steps the service accepts — the same rule — so
     * no-show stays disabled until the configured recalls are done (before, it was enabled for any
     * called ticket and then refused).
     */
    @Test
    void theDeskEnablesExactlyTheStepsTheServiceAccepts_Q6() {
        assertEquals(EnumSet.noneOf(QueueRules.Step.class), QueueRules.allowed(null, 2), "no ticket: no step");
        assertEquals(EnumSet.noneOf(QueueRules.Step.class), QueueRules.allowed(inState(TicketStatus.WAITING, 0), 2));
        assertEquals(EnumSet.of(QueueRules.Step.RECALL, QueueRules.Step.START, QueueRules.Step.TRANSFER),
                QueueRules.allowed(inState(TicketStatus.CALLED, 1), 2), "no-show only after two recalls");
        assertEquals(EnumSet.of(QueueRules.Step.RECALL, QueueRules.Step.NO_SHOW, QueueRules.Step.START, QueueRules.Step.TRANSFER),
                QueueRules.allowed(inState(TicketStatus.CALLED, 2), 2));
        assertEquals(EnumSet.of(QueueRules.Step.FINISH, QueueRules.Step.TRANSFER), QueueRules.allowed(inState(TicketStatus.SERVING, 0), 2));
        for (TicketStatus status : TicketStatus.values()) {
            for (int recalls = 0; recalls < 4; recalls++) {
                Ticket t = inState(status, recalls);
                Set<QueueRules.Step> allowed = QueueRules.allowed(t, 2);
                assertEquals(allowed.contains(QueueRules.Step.NO_SHOW), accepts(() -> QueueRules.checkNoShow(t, 2)), t.toString());
                assertEquals(allowed.contains(QueueRules.Step.RECALL), accepts(() -> QueueRules.checkRecall(t)));
                assertEquals(allowed.contains(QueueRules.Step.START), accepts(() -> QueueRules.checkStart(t)));
                assertEquals(allowed.contains(QueueRules.Step.FINISH), accepts(() -> QueueRules.checkFinish(t)));
                assertEquals(allowed.contains(QueueRules.Step.TRANSFER), accepts(() -> QueueRules.checkTransfer(t)));
            }
        }
    }

    private static boolean accepts(Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidTicketState e) {
            return false;
        }
    }

    /** Q6: the refusals read in Chinese on a Chinese screen, with the states in words. */
    @Test
    void refusalsAreInTheReadersLanguage_Q6() {
        InvalidTicketState e = assertThrows(InvalidTicketState.class, () -> QueueRules.checkNoShow(inState(TicketStatus.CALLED, 1), 2));
        assertEquals("号票 A001 已重呼 1 次；须重呼 2 次后才能记为过号", e.message(Locale.SIMPLIFIED_CHINESE));
        InvalidTicketState f = assertThrows(InvalidTicketState.class, () -> QueueRules.checkFinish(inState(TicketStatus.CALLED, 0)));
        assertEquals("号票 A001 当前为“已叫号”，只有“办理中”的号票才能办结", f.message(Locale.SIMPLIFIED_CHINESE));
    }

    /** A3, Q6: a staff member acts only at the window they are signed in at; a supervisor anywhere. */
    @Test
    void onlyTheStaffMemberSignedInAtTheTicketsWindowOrASupervisorMayAct_A3() {
        Ticket atOne = inState(TicketStatus.CALLED, 0);
        assertEquals(null, QueueRules.atWindowRefusal(atOne, false, Optional.of("S001"), "李娜", Optional.of("s001")), "any case");
        assertEquals(null, QueueRules.atWindowRefusal(atOne, true, Optional.of("S001"), "李娜", Optional.empty()), "a supervisor");
        assertEquals(null, QueueRules.atWindowRefusal(atOne, true, Optional.empty(), "", Optional.empty()), "a supervisor, nobody there");
        assertEquals("ticket A001 is at window 1, where 李娜 is signed in: only they or a supervisor can act on it",
                QueueRules.atWindowRefusal(atOne, false, Optional.of("S001"), "李娜", Optional.of("S002")).toString());
        assertEquals("ticket A001 is at window 1, where 李娜 is signed in: only they or a supervisor can act on it",
                QueueRules.atWindowRefusal(atOne, false, Optional.of("S001"), "李娜", Optional.empty()).toString(), "no staff account");
        assertTrue(QueueRules.atWindowRefusal(atOne, false, Optional.empty(), "", Optional.of("S001")).toString()
                .contains("where nobody is signed in"));
        assertEquals(null, QueueRules.atWindowRefusal(inState(TicketStatus.WAITING, 0), false, Optional.empty(), "", Optional.empty()),
                "a waiting ticket is at no window: the state rule answers");
    }
}
