package org.servicehall.complaint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * P2: a site's complaint deadlines in working days from registration (site calendar), and after how
 * many working days overdue a case escalates from the supervisors to the administrators.
 */
public record DeadlineSettings(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int acceptanceDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int resolutionDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int feedbackDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int adminEscalationDays) {
    /** 5 / 15 / 20 working days; administrators after 3 working days overdue. */
    public static final DeadlineSettings DEFAULTS = new DeadlineSettings(5, 15, 20, 3);
}
