package org.servicehall.assessment;

import java.time.Duration;

/**
 * M3: a window's place in the month's ranking (best first: most within the wait target, then most
 * served, then shortest wait).
 *
 * @param averageRating the ratings of the staff signed in at the window, day by day (from the
 *        attendance records); NaN when unknown
 */
public record WindowRank(int rank, int windowNumber, String windowName, long served, Duration averageWait, double withinTargetShare,
        double averageRating, long ratings) {
}
