package org.servicehall.queue;

import java.util.Optional;

/**
 * Where a citizen goes after a finished visit: the ticket's phone status page (opened from the
 * printed ticket's QR code) offers the link once the ticket is done — the complaint area registers
 * the rating page of that visit (P1). Registered as OSGi services; the highest
 * {@code service.ranking} with a link wins.
 *
 * @since 1.3
 */
public interface VisitFollowUp {

    /** The path (under the console's host) to offer for the finished ticket, if any. */
    Optional<String> linkFor(Ticket finished);
}
