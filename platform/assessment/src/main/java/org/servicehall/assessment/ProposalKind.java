package org.servicehall.assessment;

/** C5: what an assessment proposes for a staff member. */
public enum ProposalKind {
    /** 表彰: a top score over the site's threshold. */
    COMMENDATION,
    /** 警告: a score below the site's threshold. */
    WARNING
}
