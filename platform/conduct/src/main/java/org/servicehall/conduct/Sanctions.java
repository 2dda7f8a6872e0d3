package org.servicehall.conduct;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C5 the penalty ladder: the site's thresholds (how many confirmed violations within how many
 * months reach a warning, a demerit, demotion and dismissal, and how many clean months earn a
 * commendation) and the sanctions the ladder proposed, which a supervisor confirms or rejects.
 * Changes check the actor's role, name every bad field, are saved with their audit entry or not at
 * all and are announced on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Sanctions {

    DisciplineThresholds thresholds(long siteId);

    DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds);

    /** The site's proposed and decided sanctions, newest first. */
    List<Sanction> sanctions(long siteId);

    Sanction decideSanction(Actor actor, long sanctionId, boolean confirm, String note);
}
