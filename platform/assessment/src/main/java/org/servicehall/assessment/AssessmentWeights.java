package org.servicehall.assessment;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * M1/C5: a site's weights of the four parts and its proposal thresholds (since 1.1). Follows the
 * package's rules for roles, validation, audit and events.
 */
@ProviderType
public interface AssessmentWeights {

    /** The site's weights and thresholds ({@link AssessmentSettings#DEFAULTS} until an admin sets them). */
    AssessmentSettings settings(long siteId);

    /**
     * Sets the site's weights and thresholds (admin); the weights must sum to 100. Audited;
     * announced on {@link AssessmentEvents#SETTINGS_CHANGED}.
     */
    AssessmentSettings setSettings(Actor actor, long siteId, AssessmentSettings settings);
}
