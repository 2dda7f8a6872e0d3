package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;

/**
 * Issue 17 (Q5, Q6): tickets left at a window. A ticket called and not started past
 * {@link Limits#called()}, served past {@link Limits#serving()}, or called or served on an earlier
 * day is left there (the answer of a call was lost, the desk was closed without settling it); the
 * supervisor returns it to the queue (it keeps its issue time, so its place) or closes it (a called
 * ticket as a no-show, a served one as done).
 */
final class LeftTicketRules {
    static final Texts TEXTS = Texts.of(LeftTicketRules.class, "queue");

    /** After how long a ticket still called, or still served, counts as left at its window. */
    record Limits(Duration called, Duration serving) {
        static final Limits DEFAULTS = new Limits(Duration.ofMinutes(15), Duration.ofMinutes(120));
    }

    private LeftTicketRules() {
    }

    /** How long the ticket has been in its state: since its call, or since its service started. */
    static Duration since(Ticket t, Instant now) {
        Instant from = t.status() == TicketStatus.SERVING && t.startedAt() != null ? t.startedAt() : t.calledAt();
        return from == null ? Duration.ZERO : Duration.between(from, now);
    }

    static boolean isLeft(Ticket t, Instant now, LocalDate today, Limits limits) {
        if (t.status() != TicketStatus.CALLED && t.status() != TicketStatus.SERVING) {
            return false;
        }
        if (t.businessDate().isBefore(today)) {
            return true;
        }
        Duration limit = t.status() == TicketStatus.SERVING ? limits.serving() : limits.called();
        return since(t, now).compareTo(limit) > 0;
    }

    /** Why the ticket cannot go back to the queue, or {@code null} when it can. */
    static Message refusalToReturn(Ticket t, LocalDate today) {
        Message notAtWindow = refusalToClose(t);
        if (notAtWindow != null) {
            return notAtWindow;
        }
        if (t.businessDate().isBefore(today)) {
            return TEXTS.message("error.left.earlierDay", t.number(), t.businessDate().toString());
        }
        return null;
    }

    /** Why the ticket cannot be closed, or {@code null} when it can. */
    static Message refusalToClose(Ticket t) {
        if (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING) {
            return null;
        }
        return TEXTS.message("error.left.notAtWindow", t.number(), TEXTS.message("status." + t.status().name()));
    }

    /** Back in the queue of its service with its issue time (so its place), at no window. */
    static Ticket returned(Ticket t) {
        return t.toBuilder().status(TicketStatus.WAITING).calledAt(null).startedAt(null).finishedAt(null).windowNumber(null).build();
    }

    /** Closed: a called ticket as a no-show, a served one as done. */
    static Ticket closed(Ticket t, Instant now) {
        return t.toBuilder().status(t.status() == TicketStatus.SERVING ? TicketStatus.DONE : TicketStatus.NO_SHOW).finishedAt(now).build();
    }
}
