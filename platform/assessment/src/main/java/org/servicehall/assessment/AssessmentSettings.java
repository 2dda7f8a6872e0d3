package org.servicehall.assessment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * M1/C5: a site's assessment settings. The four weights (percent) must sum to 100; a staff member
 * whose total is at least {@code commendationAt} and who ranks within the first
 * {@code commendationTop} is proposed for a commendation, one whose total is below
 * {@code warningBelow} for a warning. Proposals wait for a supervisor's decision.
 *
 * @param periodKind the period the console offers by default
 */
public record AssessmentSettings(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int attitudeWeight,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int efficiencyWeight,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int disciplineWeight,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int abilityWeight,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double commendationAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int commendationTop,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double warningBelow,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PeriodKind periodKind) {

    /** 30/30/25/15; commendation from 90 for the top 3, warning below 60; monthly. */
    public static final AssessmentSettings DEFAULTS = new AssessmentSettings(30, 30, 25, 15, 90, 3, 60, PeriodKind.MONTH);

    public int weightSum() {
        return attitudeWeight + efficiencyWeight + disciplineWeight + abilityWeight;
    }

    /** {@code 30/30/25/15} (attitude/efficiency/discipline/ability). */
    public String weightsText() {
        return attitudeWeight + "/" + efficiencyWeight + "/" + disciplineWeight + "/" + abilityWeight;
    }

    /** A builder holding the {@link #DEFAULTS}, to change some of them. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .attitudeWeight(attitudeWeight)
                .efficiencyWeight(efficiencyWeight)
                .disciplineWeight(disciplineWeight)
                .abilityWeight(abilityWeight)
                .commendationAt(commendationAt)
                .commendationTop(commendationTop)
                .warningBelow(warningBelow)
                .periodKind(periodKind);
    }

    /** Builds {@link AssessmentSettings} by name, so that a setting added in a later version is not a breaking change. */
    public static final class Builder {
        private int attitudeWeight;
        private int efficiencyWeight;
        private int disciplineWeight;
        private int abilityWeight;
        private double commendationAt;
        private int commendationTop;
        private double warningBelow;
        private PeriodKind periodKind;

        private Builder() {
        }

        public Builder attitudeWeight(int attitudeWeight) {
            this.attitudeWeight = attitudeWeight;
            return this;
        }

        public Builder efficiencyWeight(int efficiencyWeight) {
            this.efficiencyWeight = efficiencyWeight;
            return this;
        }

        public Builder disciplineWeight(int disciplineWeight) {
            this.disciplineWeight = disciplineWeight;
            return this;
        }

        public Builder abilityWeight(int abilityWeight) {
            this.abilityWeight = abilityWeight;
            return this;
        }

        public Builder commendationAt(double commendationAt) {
            this.commendationAt = commendationAt;
            return this;
        }

        public Builder commendationTop(int commendationTop) {
            this.commendationTop = commendationTop;
            return this;
        }

        public Builder warningBelow(double warningBelow) {
            this.warningBelow = warningBelow;
            return this;
        }

        public Builder periodKind(PeriodKind periodKind) {
            this.periodKind = periodKind;
            return this;
        }

        public AssessmentSettings build() {
            return new AssessmentSettings(attitudeWeight, efficiencyWeight, disciplineWeight, abilityWeight, commendationAt,
                    commendationTop, warningBelow, periodKind);
        }
    }
}
