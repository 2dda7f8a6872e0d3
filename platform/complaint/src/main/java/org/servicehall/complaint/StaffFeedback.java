package org.servicehall.complaint;

import java.util.Map;

/**
 * M1 (service attitude): one staff member's ratings and complaints over a period.
 *
 * @param staffNumber the staff member who served the rated tickets / the complaints name
 * @param ratings how many ratings per level
 * @param averageScore the average score (5 best), or NaN without ratings
 * @param complaints complaints registered against the staff member in the period
 * @param confirmedComplaints of those, the ones whose finding confirmed them (P4)
 */
public record StaffFeedback(String staffNumber, Map<RatingLevel, Long> ratings, double averageScore, long complaints,
        long confirmedComplaints) {
    public StaffFeedback {
        ratings = Map.copyOf(ratings);
    }

    public long ratingCount() {
        return ratings.values().stream().mapToLong(Long::longValue).sum();
    }
}
