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
        return Ticket.builder().id(id).siteId(1).serviceCode("GENERAL").number(QueueRules.number("A", (int) id)).sequence((int) id)
                .businessDate(DAY).priority(priority).channel(Channel.KIOSK).issuedAt(issuedAt).build();
    }

    static Ticket inState(TicketStatus status, int recalls) {
        Instant t = Instant.parse("2026-11-30T01:00:00Z");
        boolean called = status != TicketStatus.WAITING;
        return Ticket.builder().id(1).siteId(1).serviceCode("GENERAL").number("A001").sequence(1).businessDate(DAY)
                .channel(Channel.KIOSK).status(status).issuedAt(t).calledAt(called ? t : null).windowNumber(called ? 1 : null)
                .recalls(recalls).build();
    }
}
