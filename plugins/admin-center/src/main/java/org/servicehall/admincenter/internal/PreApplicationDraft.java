package org.servicehall.admincenter.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a citizen sends to pre-apply online (AC3), before attaching the materials. */
public record PreApplicationDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String serviceCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String applicantName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20) String applicantPhone,
        @Schema(maxLength = 1000) String note) {
}
