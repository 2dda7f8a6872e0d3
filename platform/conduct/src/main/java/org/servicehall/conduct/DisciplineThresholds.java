package org.servicehall.conduct;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A site's penalty ladder and reward rule (C5): how many confirmed violations within the last
 * {@code windowMonths} months reach each step, and how many full months without one earn a
 * commendation. The steps must rise strictly.
 */
public record DisciplineThresholds(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int warningAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int demeritAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int demotionAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int dismissalAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int windowMonths,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int commendationMonths) {

    /** 1 → 警告, 3 → 记过, 5 → 降职, 8 → 辞退 within 12 months; a commendation after 3 clean months. */
    public static final DisciplineThresholds DEFAULTS = new DisciplineThresholds(1, 3, 5, 8, 12, 3);

    /** The threshold of one step. */
    public int thresholdOf(SanctionLevel level) {
        return switch (level) {
            case WARNING -> warningAt;
            case DEMERIT -> demeritAt;
            case DEMOTION -> demotionAt;
            case DISMISSAL -> dismissalAt;
        };
    }
}
