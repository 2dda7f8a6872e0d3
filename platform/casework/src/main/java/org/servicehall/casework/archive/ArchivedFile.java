package org.servicehall.casework.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file in the archive.
 *
 * @param contentType the type its content was found to be (e.g. {@code application/pdf})
 * @param size in bytes
 * @param sha256 the SHA-256 of the content when it was archived (hex)
 * @param retainUntil the last day it must be kept; it may be disposed of only after it
 * @param disposedAt when its content was disposed of after its retention, or null
 */
public record ArchivedFile(long id, long siteId, long caseId, ArchiveKind kind, String fileName, String contentType, long size,
        String sha256, String archivedBy, Instant archivedAt, LocalDate retainUntil, Instant disposedAt) {
}
