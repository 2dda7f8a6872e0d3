package org.servicehall.assessment;

/** C5: where a proposal stands. Nothing automatic is final: a supervisor confirms or rejects. */
public enum ProposalStatus {
    PROPOSED, CONFIRMED, REJECTED,
    /** Replaced by an explicit re-run of the period before anyone decided it. */
    WITHDRAWN
}
