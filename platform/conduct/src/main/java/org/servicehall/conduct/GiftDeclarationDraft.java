package org.servicehall.conduct;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a staff member declares about a gift that could not be refused (C6, 礼品申报登记).
 *
 * @param staffNumber who received it; staff declare their own gifts, supervisors may declare for anyone
 * @param item what was given
 * @param estimatedValue its estimated value in yuan (not negative)
 * @param giver a description of the giver (no personal data beyond what is needed)
 * @param receivedOn the day it was received (not in the future)
 * @param circumstances why it could not be refused
 * @param handedTo to whom it was handed in
 */
public record GiftDeclarationDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String item,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal estimatedValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String giver,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate receivedOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String circumstances,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String handedTo) {
}
