package org.servicehall.conduct;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A quarrel or dispute at a window (C8), escalated at once to the supervision desk instead of being
 * argued out (禁止与服务对象吵架).
 *
 * @param staffNumber the staff member at the window
 * @param escalatedTo who takes it over: the chief representative or the supervision desk (首席代表、监察台)
 */
public record DisputeDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int windowNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String escalatedTo) {
}
