package org.servicehall.queue.internal;

import java.util.Map;

import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.site.Site;

/**
 * The read model with the positions that the queue's own parts read besides: the kiosk's receipt of
 * a ticket just issued, and every position of a site for the phones' light status pages (Q2, Q4).
 */
public interface TicketPositions extends QueueReadModel {

    /**
     * The ticket's people ahead and predicted wait.
     *
     * @param justIssued the ticket was issued a moment ago: a normal one then has everyone waiting
     *        for its service ahead of it (normal tickets keep their order), which one count tells
     */
    TicketPosition position(Ticket ticket, boolean justIssued);

    /**
     * The position of every ticket of a site today, in one read: for the followers of tickets
     * (the light public status page), recomputed once per change rather than once per follower.
     */
    Map<Long, TicketPosition> positions(long siteId);

    /** A site by code from the kept site structure (no database read on a page that many phones open at once). */
    Site site(String code);
}
