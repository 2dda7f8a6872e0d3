package org.servicehall.casework.seal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request to use a seal (T6).
 *
 * @param caseId the case the document belongs to, or null for a document of the hall's own
 * @param document the document to seal (e.g. 不予受理决定书 C20261202-0007)
 * @param seal which seal (e.g. 行政审批专用章)
 * @param purpose what for
 * @param impressions how many impressions, 1 to 100
 */
public record SealRequestDraft(long siteId, Long caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String document,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String seal,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String purpose, int impressions) {
}
