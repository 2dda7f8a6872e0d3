package org.servicehall.conduct;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One violation seen during an inspection: the rule broken and what was seen.
 *
 * @param ruleCode the code of the conduct rule, e.g. {@code PROHIBITED-04}
 */
public record ViolationFinding(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 60) String ruleCode,
        @Schema(maxLength = 2000) String note) {
}
