package org.servicehall.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * P1: a stored rating, bound to exactly one finished ticket, its window and the staff member who
 * served it. At most one per ticket.
 *
 * @param businessDate the visit's day
 * @param staffNumber who served the ticket (their staff number, or the calling account's name)
 * @param complaintId the case a bad rating opened (P2), or null
 */
public record Rating(long id, long siteId, long ticketId, String ticketNumber, LocalDate businessDate, Integer windowNumber,
        String staffNumber, RatingLevel level, List<String> reasons, String comment, RatingChannel channel, Instant ratedAt,
        Long complaintId) {
    public Rating {
        reasons = List.copyOf(reasons);
    }
}
