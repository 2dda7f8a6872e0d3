package org.servicehall.casework.fee;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fee recorded, with its receipt number.
 *
 * @param receiptNumber {@code <site code>-<year>-<number>}, numbered per site and year without gaps
 * @param basis the policy's reason for allowing it
 */
public record Fee(long id, long siteId, long caseId, String serviceCode, String feeCode, String description, BigDecimal amount,
        String receiptNumber, String basis, String recordedBy, Instant recordedAt) {
}
