package org.servicehall.conduct;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a supervisor enters for a spot check (C4, 监督检查).
 *
 * @param windowNumber the window inspected
 * @param staffNumber the staff member found at the window (工号)
 * @param at when the check took place; null for now
 * @param findings the violations seen; empty for a clean check
 * @param photo evidence, a JPEG or PNG of at most 2 MB; null for none
 * @param slotId the scheduled inspection slot this check carries out, or null
 */
public record InspectionDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int windowNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
        Instant at,
        @Schema(maxLength = 2000) String note,
        List<ViolationFinding> findings,
        byte[] photo,
        Long slotId) {
    public InspectionDraft {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
