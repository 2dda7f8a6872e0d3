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

    /**
     * A window's line of the report by {@link ReportGrouping#WINDOW} (key the window number, label
     * its name) at the given rank (since 1.1; a value added later is filled from the line).
     */
    public static WindowRank of(int rank, ReportLine window) {
        return new WindowRank(rank, Integer.parseInt(window.key()), window.label(), window.served(), window.averageWait(),
                window.withinTargetShare(), window.averageRating(), window.ratings());
    }
}
