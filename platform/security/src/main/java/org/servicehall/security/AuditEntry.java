package org.servicehall.security;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(Instant at, String actor, String action, String entityType, String entityId,
        String before, String after) {
}
