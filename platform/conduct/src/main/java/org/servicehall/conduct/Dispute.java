package org.servicehall.conduct;

import java.time.Instant;

/** A dispute escalated to the supervision desk (C8) and, once settled there, its resolution. */
public record Dispute(long id, long siteId, int windowNumber, String staffNumber, String description, String escalatedTo,
        DisputeStatus status, String reportedBy, Instant reportedAt, String resolution, String resolvedBy, Instant resolvedAt) {
}
