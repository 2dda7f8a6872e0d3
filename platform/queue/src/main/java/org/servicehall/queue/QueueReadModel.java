package org.servicehall.queue;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * What the queue shows, read without changing anything: a ticket and its position (Q2), what a
 * window is working on, the display board (Q7), today's live figures (Q10) and who served a ticket
 * (P1).
 *
 * @since 1.5
 */
@ProviderType
public interface QueueReadModel {

    Ticket ticket(long ticketId);

    /** A ticket by site and readable number today, for the public status page. */
    TicketPosition position(String siteCode, String number);

    /** The open tickets a window is working on (called or serving), newest first. */
    List<Ticket> current(long windowId);

    /**
     * S1 (issue 16): {@link #current(long)} for a person, as the REST API asks it: staff of the window's
     * site (a central administrator everywhere), else refused with the operation and the site named,
     * and the refusal audited, as the window's other operations are.
     *
     * @throws org.servicehall.security.AccessDenied for an actor without the staff role on the window's site
     * @since 1.6
     */
    List<Ticket> current(Actor by, long windowId);

    /** Q7: what a display board shows. */
    Board board(String siteCode);

    /** Q10: live figures per service and window. */
    QueueStats stats(long siteId);

    /**
     * P1: the staff member who served the ticket (their staff number when attendance knows who was
     * at the window, else the calling account's name); empty when it was never called.
     */
    Optional<String> servedBy(long ticketId);
}
