package org.servicehall.queue;

import java.util.List;

import org.servicehall.security.Actor;

/**
 * Issuing and calling tickets. Every change is one transaction with its audit entry (S2) and is
 * announced on EventAdmin; a user error ({@link org.servicehall.common.HallException}) changes
 * nothing. Two windows never get the same ticket, also with several nodes on one database (Q5).
 */
public interface QueueService {

    /**
     * Q1, Q8: issues a ticket; refused, naming the reason, whenever {@link #issuing} says the
     * service takes no tickets now (before issuing starts, after the closing time, on a day off, when
     * no open window serves it).
     */
    TicketReceipt issue(IssueRequest request);

    /**
     * Q1, Q8: whether each service item of the site takes tickets now and, when not, why and when
     * issuing opens again; in the site's order of service items.
     *
     * @since 1.4
     */
    List<IssuingStatus> issuing(String siteCode);

    /** Q5: the next ticket for this window by its services and the priority policy; empty when nobody waits. */
    java.util.Optional<Ticket> callNext(Actor actor, long windowId);

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

    Ticket ticket(long ticketId);

    /** A ticket by site and readable number today, for the public status page. */
    TicketPosition position(String siteCode, String number);

    /** The open tickets a window is working on (called or serving), newest first. */
    List<Ticket> current(long windowId);

    /** Q7: what a display board shows. */
    Board board(String siteCode);

    /** Q10: live figures per service and window. */
    QueueStats stats(long siteId);

    /** Q11: a supervisor opens or closes a window for calling. */
    void setWindowOpen(Actor actor, long windowId, boolean open);

    boolean isWindowOpen(long windowId);

    /**
     * P1: the staff member who served the ticket (their staff number when attendance knows who was
     * at the window, else the calling account's name); empty when it was never called.
     *
     * @since 1.3
     */
    java.util.Optional<String> servedBy(long ticketId);

    /**
     * Q3, Q4: the site's queue alerts, newest first: every alert standing now and, with
     * {@code raisedSince}, also those raised since then that are cleared; at most
     * {@value #MAX_ALERTS} alerts.
     *
     * @param raisedSince null for the standing alerts only
     * @since 1.4
     */
    List<QueueAlert> alerts(long siteId, java.time.Instant raisedSince);

    /** The most alerts {@link #alerts} gives in one answer. */
    int MAX_ALERTS = 1000;
}
