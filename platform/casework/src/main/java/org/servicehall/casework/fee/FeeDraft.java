package org.servicehall.casework.fee;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A fee to record for a case (T5).
 *
 * @param feeCode what is charged, e.g. {@code WORK-COST}
 * @param amount in yuan, more than 0, at most two decimals
 */
public record FeeDraft(long siteId, long caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String serviceCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String feeCode,
        @Schema(maxLength = 200) String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount) {
}
