package org.servicehall.admincenter.internal;

import java.time.Instant;

/** A file attached to a pre-application (AC3), its type read from its content, with its SHA-256. */
public record PreApplicationFile(long id, long preappId, String materialCode, String fileName, String contentType, long sizeBytes,
        String sha256, Instant attachedAt) {
}
