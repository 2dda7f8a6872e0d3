package org.servicehall.site;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an admin enters to create or change a window. */
public record WindowDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int number,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 60) String name,
        Set<String> serviceCodes) {
    public WindowDraft {
        serviceCodes = serviceCodes == null ? Set.of() : Set.copyOf(serviceCodes);
    }
}
