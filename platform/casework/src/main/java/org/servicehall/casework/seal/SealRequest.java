package org.servicehall.casework.seal;

import java.time.Instant;

/**
 * A seal request as its entries make it.
 *
 * @param impressions impressions asked for
 * @param decidedBy the supervisor who approved or refused it, or null
 * @param usedImpressions impressions made, 0 before the use
 */
public record SealRequest(long id, long siteId, Long caseId, String document, String seal, String purpose, int impressions,
        SealStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote,
        String usedBy, Instant usedAt, int usedImpressions) {
}
