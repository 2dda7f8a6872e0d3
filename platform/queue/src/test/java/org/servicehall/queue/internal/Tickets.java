package org.servicehall.queue.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.servicehall.queue.Channel;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;

/** Tickets as plain values for the rule, policy and alert tests. */
final class Tickets {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private Tickets() {
    }

    static Ticket waiting(long id, PriorityClass priority, Instant issuedAt) {
        return new Ticket(id, 1, "GENERAL", QueueRules.number("A", (int) id), (int) id, DAY, priority, Channel.KIOSK,
                TicketStatus.WAITING, issuedAt, null, null, null, null, null, 0, 0, null);
    }

    static Ticket inState(TicketStatus status, int recalls) {
        Instant t = Instant.parse("2026-11-30T01:00:00Z");
        return new Ticket(1, 1, "GENERAL", "A001", 1, DAY, PriorityClass.NORMAL, Channel.KIOSK, status, t,
                status == TicketStatus.WAITING ? null : t, null, null, status == TicketStatus.WAITING ? null : 1, null, recalls, 0,
                null);
    }
}
