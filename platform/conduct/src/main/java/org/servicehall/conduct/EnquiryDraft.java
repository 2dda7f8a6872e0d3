package org.servicehall.conduct;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A citizen's question as first received at a window (C7, 首问负责制).
 *
 * @param windowNumber the window that received it
 * @param staffNumber the staff member who received it (staff open their own enquiries)
 * @param citizen a short description of the citizen (no personal data beyond what is needed)
 */
public record EnquiryDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int windowNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String citizen,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String question) {
}
