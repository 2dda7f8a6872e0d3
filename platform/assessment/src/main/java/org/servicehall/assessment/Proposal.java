package org.servicehall.assessment;

import java.time.Instant;

/**
 * C5: a commendation or warning proposed from an assessment score, for a supervisor to decide.
 * (The conduct area has no operation to propose a sanction or commendation from a score, so the
 * assessment keeps its proposals itself and announces each on {@link AssessmentEvents#PROPOSAL_MADE}.)
 */
public record Proposal(long id, long siteId, Period period, String staffNumber, String staffName, ProposalKind kind, double score,
        int rank, ProposalStatus status, Instant proposedAt, String decidedBy, Instant decidedAt, String note) {

    /**
     * A proposal the score calls for, made at the given moment and not yet stored (id 0) or decided
     * (since 1.1).
     */
    public static Proposal proposed(long siteId, Period period, StaffScore score, ProposalKind kind, Instant at) {
        return new Proposal(0, siteId, period, score.staffNumber(), score.staffName(), kind, score.total(), score.rank(),
                ProposalStatus.PROPOSED, at, null, null, null);
    }

    /** The same proposal with the id it was stored under (since 1.1). */
    public Proposal withId(long storedId) {
        return new Proposal(storedId, siteId, period, staffNumber, staffName, kind, score, rank, status, proposedAt, decidedBy, decidedAt,
                note);
    }
}
