package org.servicehall.conduct;

import java.time.Instant;

/**
 * A step of the penalty ladder proposed for a staff member (C5) because their confirmed
 * violations reached its threshold. A step is never proposed twice for the same staff member.
 *
 * @param violationCount confirmed violations in the counting window when it was proposed
 * @param decisionNote the supervisor's note on confirming or rejecting
 */
public record Sanction(long id, long siteId, String staffNumber, SanctionLevel level, int violationCount, DisciplineStatus status,
        Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote) {
}
