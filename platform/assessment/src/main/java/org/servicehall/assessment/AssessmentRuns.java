package org.servicehall.assessment;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.common.Conflict;
import org.servicehall.security.Actor;

/**
 * M1/C5: assessing a site's staff over a period, the stored results and the commendations and
 * warnings they propose (since 1.1). Follows the package's rules for roles, validation, audit and
 * events.
 */
@ProviderType
public interface AssessmentRuns {

    /**
     * Assesses every active staff member of the site over the period and stores the result with
     * its proposals (supervisor). A period already assessed is only assessed again with
     * {@code replace}: the stored result is then replaced (audited) and its undecided proposals
     * withdrawn.
     *
     * @throws Conflict when the period was assessed and {@code replace} is false
     */
    AssessmentResult assess(Actor actor, long siteId, Period period, boolean replace);

    /** The stored result of the period, if it was assessed. */
    Optional<AssessmentResult> result(long siteId, Period period);

    /** The periods of the site that have a stored result, newest first. */
    List<Period> assessedPeriods(long siteId);

    /** C5: the site's proposals, newest first; {@code status} null for all. */
    List<Proposal> proposals(long siteId, ProposalStatus status);

    /** C5: a supervisor confirms or rejects a proposal (a rejection needs a note). */
    Proposal decideProposal(Actor actor, long proposalId, boolean confirm, String note);
}
