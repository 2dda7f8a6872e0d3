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

    /** A builder of a line with nothing counted: zero waits, and NaN where the record says NaN means unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportLine} by name, so that a value added in a later version is not a breaking change. */
    public static final class Builder {
        private String key;
        private String label;
        private long served;
        private long noShows;
        private Duration averageWait = Duration.ZERO;
        private Duration averageService = Duration.ZERO;
        private double withinTargetShare = Double.NaN;
        private double averageRating = Double.NaN;
        private long ratings;
        private long complaints;
        private double score = Double.NaN;

        private Builder() {
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder served(long served) {
            this.served = served;
            return this;
        }

        public Builder noShows(long noShows) {
            this.noShows = noShows;
            return this;
        }

        public Builder averageWait(Duration averageWait) {
            this.averageWait = averageWait;
            return this;
        }

        public Builder averageService(Duration averageService) {
            this.averageService = averageService;
            return this;
        }

        public Builder withinTargetShare(double withinTargetShare) {
            this.withinTargetShare = withinTargetShare;
            return this;
        }

        public Builder averageRating(double averageRating) {
            this.averageRating = averageRating;
            return this;
        }

        public Builder ratings(long ratings) {
            this.ratings = ratings;
            return this;
        }

        public Builder complaints(long complaints) {
            this.complaints = complaints;
            return this;
        }

        public Builder score(double score) {
            this.score = score;
            return this;
        }

        public ReportLine build() {
            return new ReportLine(key, label, served, noShows, averageWait, averageService, withinTargetShare, averageRating, ratings,
                    complaints, score);
        }
    }
}
