package org.servicehall.queue;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * A ticket's life in the queue: issuing (Q1, Q8), calling by window and the priority policy (Q2,
 * Q5), and the steps at the window — recall, no-show, start, finish, transfer (Q6). Every change is
 * one transaction with its audit entry (S2) and is announced on EventAdmin under
 * {@link QueueEvents}; a user error ({@link org.servicehall.common.HallException}, a step that does
 * not fit the ticket's state: {@link InvalidTicketState}) changes nothing. Two windows never get
 * the same ticket, also with several nodes on one database (Q5).
 *
 * @since 1.5
 */
@ProviderType
public interface TicketLifecycle {

    /**
     * Q1, Q8: issues a ticket; refused, naming the reason, whenever {@link #issuing} says the
     * service takes no tickets now (before issuing starts, after the closing time, on a day off, when
     * no open window serves it).
     */
    TicketReceipt issue(IssueRequest request);

    /**
     * Q1, Q8: whether each service item of the site takes tickets now and, when not, why and when
     * issuing opens again; in the site's order of service items.
     */
    List<IssuingStatus> issuing(String siteCode);

    /**
     * Q5: the next ticket for this window by its services and the priority policy; empty when nobody
     * waits. A window has at most one current ticket (issue 17): while a ticket of the day is called
     * or served there, a call answers that same ticket again and calls nobody else, so a call whose
     * answer was lost is safe to retry. The window settles it (start, finish, no-show, transfer) before
     * it calls the next; a supervisor returns or closes tickets left at a window.
     */
    Optional<Ticket> callNext(Actor actor, long windowId);

    /** Q6: calls the window's current ticket again (announced again on the board). */
    Ticket recall(Actor actor, long ticketId);

    /** Q6: the citizen did not come after the allowed number of recalls. */
    Ticket noShow(Actor actor, long ticketId);

    Ticket start(Actor actor, long ticketId);

    Ticket finish(Actor actor, long ticketId);

    /**
     * Q6: sends a called or served ticket on to another service (and optionally a given window),
     * keeping its original issue time, with a hand-off note for the citizen.
     */
    Ticket transfer(Actor actor, long ticketId, String toServiceCode, Integer toWindow, String note);
}
