package org.servicehall.complaint.internal;

import org.servicehall.security.Actor;

/**
 * P4: hands a staff member at fault to the conduct area as a violation candidate. Implemented by
 * {@link ConductLink} only while the conduct bundle runs, so complaints work without it.
 */
public interface ViolationProposer {

    /** @return a short description of the candidate made, for the log */
    String propose(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode, String note);
}
