package org.servicehall.casework.seal;

import java.time.Instant;

/**
 * One entry of the append-only register.
 *
 * @param requestId the request it belongs to (its own id for a {@link SealEntryKind#REQUESTED} entry)
 * @param caseId the case the document belongs to, or null
 * @param impressions impressions asked for (request), allowed (approval) or made (use)
 * @param actor who made the entry (user name), {@code actorName} as shown
 */
public record SealEntry(long id, long siteId, long requestId, SealEntryKind kind, Long caseId, String document, String seal,
        String purpose, int impressions, String actor, String actorName, Instant at, String note) {
}
