package org.servicehall.casework.notice;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A one-time notice to issue for a visit (T4): it lists what the visit's latest tick found missing.
 *
 * @param caseNumber the case's number as printed (the case area's)
 * @param visit the visit (1 the first, 2 the first return…)
 * @param windowNumber the window it is issued at, or null
 * @param reason why a material that an earlier notice already asked for is asked again (needed then)
 * @param note the staff's own words to the applicant, or null; checked for forbidden phrases (C3)
 */
public record NoticeDraft(long siteId, long caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String caseNumber, int visit, Integer windowNumber,
        @Schema(maxLength = 500) String reason, @Schema(maxLength = 1000) String note) {
}
