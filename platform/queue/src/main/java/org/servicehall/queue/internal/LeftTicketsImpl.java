package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.queue.InvalidTicketState;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** {@link LeftTickets} on the queue's tables, with the limits of {@code etc/org.servicehall.queue.cfg}. */
@Component(service = LeftTickets.class, configurationPid = QueueConfig.PID)
public final class LeftTicketsImpl implements LeftTickets {
    private final QueueParts parts;
    private final QueueEventBus events;
    private final LeftTicketRules.Limits limits;

    @Activate
    public LeftTicketsImpl(QueueConfig config, @Reference QueueParts parts, @Reference QueueEventBus events) {
        this(parts, events, new LeftTicketRules.Limits(Duration.ofMinutes(config.calledLeftMinutes()),
                Duration.ofMinutes(config.servingLeftMinutes())));
    }

    LeftTicketsImpl(QueueParts parts, QueueEventBus events, LeftTicketRules.Limits limits) {
        this.parts = parts;
        this.events = events;
        this.limits = limits;
    }

    @Override
    public List<LeftTicket> left(Actor actor, long siteId) {
        parts.requireAt(actor, Role.SUPERVISOR, siteId, "seeLeft", "site", siteId);
        Instant now = parts.now();
        LocalDate today = parts.today(siteId);
        return parts.store.read(c -> parts.store.current(c, siteId)).stream()
                .filter(t -> LeftTicketRules.isLeft(t, now, today, limits))
                .map(t -> new LeftTicket(t, LeftTicketRules.since(t, now)))
                .sorted(Comparator.comparing(LeftTicket::since).reversed())
                .toList();
    }

    @Override
    public Ticket returnToQueue(Actor actor, long ticketId) {
        requireAtTicket(actor, ticketId, "returnLeft");
        Ticket t = change(actor, ticketId, "return-to-queue", (before, today) -> LeftTicketRules.refusalToReturn(before, today),
                (before, now) -> LeftTicketRules.returned(before));
        events.publish(QueueChange.ofTicket(QueueEvents.TICKET_TRANSFERRED, t, null));
        return t;
    }

    @Override
    public Ticket close(Actor actor, long ticketId) {
        requireAtTicket(actor, ticketId, "closeLeft");
        Ticket t = change(actor, ticketId, "close-left", (before, today) -> LeftTicketRules.refusalToClose(before),
                LeftTicketRules::closed);
        events.publish(QueueChange.ofTicket(t.status() == TicketStatus.DONE ? QueueEvents.SERVICE_FINISHED : QueueEvents.NO_SHOW, t, null));
        return t;
    }

    /** S1: a supervisor of the ticket's site. */
    private void requireAtTicket(Actor actor, long ticketId, String operation) {
        Ticket t = parts.store.read(c -> parts.store.find(c, ticketId)).orElseThrow(() -> new NotFound("Ticket", ticketId));
        parts.requireAt(actor, Role.SUPERVISOR, t.siteId(), operation, "ticket", ticketId);
    }

    private Ticket change(Actor actor, long ticketId, String action, BiFunction<Ticket, LocalDate, Message> refusal,
            BiFunction<Ticket, Instant, Ticket> step) {
        Instant now = parts.now();
        return parts.store.inTransaction(c -> {
            Ticket before = parts.store.find(c, ticketId).orElseThrow(() -> new NotFound("Ticket", ticketId));
            Message refused = refusal.apply(before, parts.today(before.siteId()));
            if (refused != null) {
                throw new InvalidTicketState(before, refused);
            }
            Ticket after = step.apply(before, now);
            if (!parts.store.update(c, before, after)) {
                throw new Conflict("ticket " + before.number() + " was changed at another window a moment ago; reload and try again");
            }
            parts.audit.record(c, actor, action, "ticket", ticketId, TicketLifecycleImpl.describe(before), TicketLifecycleImpl.describe(after));
            return after;
        });
    }
}
