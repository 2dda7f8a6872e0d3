package org.servicehall.queue.internal;

import java.time.Duration;
import java.util.List;

import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;

/**
 * Issue 17 (Q5, Q6): tickets left called or served at a window past the configured time, or from an
 * earlier day, for the supervisor to return to the queue or close; each step is audited.
 */
public interface LeftTickets {

    /** A ticket left at its window, and for how long it has been in its state. */
    record LeftTicket(Ticket ticket, Duration since) {
    }

    /** The site's tickets left at windows, the longest left first (supervisors). */
    List<LeftTicket> left(Actor actor, long siteId);

    /** Back in the queue of its service with its issue time, so its place (supervisors; tickets of the day only). */
    Ticket returnToQueue(Actor actor, long ticketId);

    /** Closed: a called ticket as a no-show, a served one as done (supervisors). */
    Ticket close(Actor actor, long ticketId);
}
