package org.servicehall.casework.notice;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the staff ticked at the desk (T4).
 *
 * @param caseId the case (casework's id)
 * @param visit which visit of the applicant for the case: 1 for the first, 2 for the first return…
 * @param serviceCode the service item of the case
 * @param brought the codes of the materials the applicant brought
 * @param applicable the codes of the conditional materials whose condition applies to this applicant
 */
public record MaterialsCheckDraft(long siteId, long caseId, int visit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String serviceCode,
        Set<String> brought, Set<String> applicable) {
    public MaterialsCheckDraft {
        brought = brought == null ? Set.of() : Set.copyOf(brought);
        applicable = applicable == null ? Set.of() : Set.copyOf(applicable);
    }
}
