package org.servicehall.conduct;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C5 the reward side of the ladder: commendations proposed for staff whose last full months had no
 * confirmed violation ({@link DisciplineThresholds#commendationMonths()}), decided by a supervisor.
 * Changes check the actor's role, are saved with their audit entry or not at all and are announced
 * on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Commendations {

    /**
     * Proposes a commendation for each active staff member of the site whose last full months
     * (as many as the thresholds ask) had no confirmed violation and are not yet covered by an
     * earlier proposal. Safe to run any number of times.
     *
     * @return the new proposals
     */
    List<Commendation> reviewCommendations(Actor actor, long siteId);

    List<Commendation> commendations(long siteId);

    Commendation decideCommendation(Actor actor, long commendationId, boolean confirm, String note);
}
