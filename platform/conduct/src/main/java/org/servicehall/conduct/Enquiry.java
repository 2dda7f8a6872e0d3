package org.servicehall.conduct;

import java.time.Instant;
import java.util.List;

/**
 * A citizen's question (C7): owned by the window and staff member that first received it until it
 * is answered or formally handed over; every hand-over stays in {@link #handOvers()}, oldest first.
 */
public record Enquiry(long id, long siteId, int firstWindow, String firstStaff, int ownerWindow, String ownerStaff, String citizen,
        String question, EnquiryStatus status, Instant openedAt, String answer, Instant answeredAt, String answeredBy,
        List<EnquiryHandOver> handOvers) {
    public Enquiry {
        handOvers = List.copyOf(handOvers);
    }
}
