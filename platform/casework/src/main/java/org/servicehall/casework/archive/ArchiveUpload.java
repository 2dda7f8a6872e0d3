package org.servicehall.casework.archive;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A file to archive with a completed case.
 *
 * @param fileName its name (the type it claims must be the type its content is)
 * @param retentionYears how many years it is kept, 1 to 100; 0 for the configured default
 */
public record ArchiveUpload(long siteId, long caseId, ArchiveKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String fileName, int retentionYears) {
}
