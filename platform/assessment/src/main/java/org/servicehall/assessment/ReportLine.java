package org.servicehall.assessment;

import java.time.Duration;

/**
 * M3: one line of a report: a staff member, window, service, day or site over a period.
 *
 * @param key staff number, window number, service code, ISO date or site code
 * @param label a readable name (staff name, window name, service name)
 * @param withinTargetShare 0..1, NaN when nothing was called
 * @param averageRating 1..5, NaN without ratings (or without the complaint area)
 * @param ratings how many ratings the average is made of
 * @param score the assessment total of a staff member when the period was assessed, else NaN
 */
public record ReportLine(String key, String label, long served, long noShows, Duration averageWait, Duration averageService,
        double withinTargetShare, double averageRating, long ratings, long complaints, double score) {
}
