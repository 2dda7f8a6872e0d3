package org.servicehall.complaint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * P3: a new complaint. Everything but {@code text} and {@code source} is optional; without a name
 * and phone the complaint is anonymous. Name and phone are personal data (S3).
 *
 * @param ticketNumber the visit's ticket number if the complainant knows it
 * @param windowNumber the window complained about, if known
 * @param staffNumber the staff member complained about, if known
 */
public record ComplaintDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ComplaintSource source,
        @Schema(maxLength = 40) String category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text,
        @Schema(maxLength = 100) String contactName,
        @Schema(maxLength = 30) String contactPhone,
        @Schema(maxLength = 20) String ticketNumber,
        Integer windowNumber,
        @Schema(maxLength = 40) String staffNumber) {
}
