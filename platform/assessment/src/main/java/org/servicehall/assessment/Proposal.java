package org.servicehall.assessment;

import java.time.Instant;

/**
 * C5: a commendation or warning proposed from an assessment score, for a supervisor to decide.
 * (The conduct area has no operation to propose a sanction or commendation from a score, so the
 * assessment keeps its proposals itself and announces each on {@link AssessmentEvents#PROPOSAL_MADE}.)
 */
public record Proposal(long id, long siteId, Period period, String staffNumber, String staffName, ProposalKind kind, double score,
        int rank, ProposalStatus status, Instant proposedAt, String decidedBy, Instant decidedAt, String note) {
}
