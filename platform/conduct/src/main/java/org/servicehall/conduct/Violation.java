package org.servicehall.conduct;

import java.time.Instant;

/**
 * A breach of a conduct rule by a staff member (C4).
 *
 * @param windowNumber the window where it happened, or null when not at a window
 * @param ruleCode the code of the conduct rule broken (as in the conduct catalogue)
 * @param inspectionId the inspection that recorded it, or null
 * @param recordedBy the username of whoever (or whatever: {@code system}) recorded it
 * @param decidedBy the supervisor who confirmed or dismissed it; null while a candidate or when
 *        confirmed by being recorded during an inspection
 * @param decisionNote the supervisor's note; for a dismissal, the reason
 */
public record Violation(long id, long siteId, String staffNumber, Integer windowNumber, String ruleCode, ViolationSource source,
        ViolationStatus status, Instant occurredAt, String note, Long inspectionId, String recordedBy, Instant recordedAt,
        String decidedBy, Instant decidedAt, String decisionNote) {
}
