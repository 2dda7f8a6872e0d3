package org.servicehall.complaint;

import java.util.List;

/**
 * P1: a citizen's rating of one finished visit.
 *
 * @param ticketId the finished ticket
 * @param level one of the five levels
 * @param reasons optional reason ticks, each one of {@link ComplaintService#ratingReasons()}
 * @param comment optional free text (length checked)
 * @param channel pad or phone
 */
public record RatingRequest(long ticketId, RatingLevel level, List<String> reasons, String comment, RatingChannel channel) {
    public RatingRequest {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        channel = channel == null ? RatingChannel.PAD : channel;
    }
}
