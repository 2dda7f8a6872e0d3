package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.queue.internal.Tickets.waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;

/** Q2: the default calling order. */
class DefaultPriorityPolicyTest {
    private static final Instant NINE = Instant.parse("2026-11-30T01:00:00Z");
    private static final DefaultPriorityPolicy POLICY = new DefaultPriorityPolicy(Duration.ofMinutes(20));

    private static Instant at(int minutesAfterNine) {
        return NINE.plus(Duration.ofMinutes(minutesAfterNine));
    }

    private static List<Long> order(Instant now, Ticket... tickets) {
        List<Ticket> list = new ArrayList<>(List.of(tickets));
        list.sort(POLICY.order(now));
        return list.stream().map(Ticket::id).toList();
    }

    @Test
    void priorityTicketsComeBeforeNormalOnesEachInIssueOrder_Q2() {
        assertEquals(List.of(2L, 4L, 5L, 6L, 1L, 3L), order(at(10),
                waiting(1, PriorityClass.NORMAL, at(0)),
                waiting(3, PriorityClass.NORMAL, at(2)),
                waiting(6, PriorityClass.DISABLED, at(5)),
                waiting(5, PriorityClass.APPOINTMENT, at(4)),
                waiting(4, PriorityClass.EMERGENCY, at(3)),
                waiting(2, PriorityClass.ELDERLY, at(1))));
    }

    @Test
    void allPriorityClassesAreEqualAmongThemselvesAndOrderedByIssueTime_Q2() {
        // an emergency issued later does not jump an elderly citizen issued earlier: one priority group
        assertEquals(List.of(1L, 2L, 3L, 4L), order(at(10),
                waiting(4, PriorityClass.EMERGENCY, at(4)),
                waiting(3, PriorityClass.MILITARY, at(3)),
                waiting(2, PriorityClass.PREGNANT, at(2)),
                waiting(1, PriorityClass.ELDERLY, at(1))));
    }

    @Test
    void aNormalTicketWaitingLongerThanTheCapGoesBeforePriorityTickets_Q2() {
        Ticket longWaiting = waiting(1, PriorityClass.NORMAL, at(0));
        Ticket elderly = waiting(2, PriorityClass.ELDERLY, at(5));
        Ticket normal = waiting(3, PriorityClass.NORMAL, at(6));
        // at 09:21 ticket 1 has waited 21 min > 20: it is not passed over any more
        assertEquals(List.of(1L, 2L, 3L), order(at(21), normal, elderly, longWaiting));
        // at 09:20 it has waited exactly the cap: not yet over it
        assertEquals(List.of(2L, 1L, 3L), order(at(20), normal, elderly, longWaiting));
        // at 09:27 both normal tickets are over the cap: both first, in issue order
        assertEquals(List.of(1L, 3L, 2L), order(at(27), elderly, normal, longWaiting));
    }

    @Test
    void ticketsIssuedAtTheSameTimeAreOrderedById_Q2() {
        assertEquals(List.of(3L, 5L, 7L, 2L, 4L), order(at(1),
                waiting(7, PriorityClass.ELDERLY, at(0)),
                waiting(4, PriorityClass.NORMAL, at(0)),
                waiting(5, PriorityClass.ELDERLY, at(0)),
                waiting(2, PriorityClass.NORMAL, at(0)),
                waiting(3, PriorityClass.ELDERLY, at(0))));
    }

    @Test
    void theDefaultAppliesToEverySectorAndService_Q2() {
        assertTrue(POLICY.appliesTo("core", Set.of("GENERAL")));
        assertTrue(POLICY.appliesTo("hospital", Set.of()));
    }
}
