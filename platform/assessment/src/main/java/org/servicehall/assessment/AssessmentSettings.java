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
}
