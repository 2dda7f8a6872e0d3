package org.servicehall.casework.notice;

import java.time.Instant;
import java.util.List;

/**
 * A one-time complete notice (一次性告知书, T4) as issued: every material missing at the visit, as
 * the checklist described it at that moment.
 *
 * @param staffNumber the issuing staff member's number (printed on the notice)
 * @param pdfSha256 the SHA-256 of the PDF kept with the case (hex)
 */
public record OneTimeNotice(long id, long siteId, long caseId, String caseNumber, int visit, String serviceCode,
        List<ChecklistItem> items, String staffNumber, String staffName, Integer windowNumber, Instant issuedAt, String reason,
        String note, String pdfSha256) {
    public OneTimeNotice {
        items = List.copyOf(items);
    }
}
