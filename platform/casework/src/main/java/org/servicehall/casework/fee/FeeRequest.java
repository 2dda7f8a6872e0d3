package org.servicehall.casework.fee;

import java.math.BigDecimal;

/**
 * A fee a staff member is about to record, as a {@link FeePolicy} sees it.
 *
 * @param serviceSector the sector of the service item
 * @param feeCode what is charged, e.g. {@code WORK-COST} (工本费)
 * @param amount in yuan
 */
public record FeeRequest(long siteId, String siteCode, long caseId, String serviceCode, String serviceSector, String feeCode,
        String description, BigDecimal amount) {
}
