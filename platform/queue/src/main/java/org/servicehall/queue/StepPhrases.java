package org.servicehall.queue;

import java.util.Optional;

/**
 * Where the counter desk gets the standard phrase (文明用语, C2) for a step of service, when a site
 * has its own wording (registered by the conduct area; the highest {@code service.ranking} wins).
 * Without one, the desk shows the queue's built-in Mandarin phrases.
 *
 * @since 1.2
 */
public interface StepPhrases {

    /** The site's phrase for the step in Mandarin, as staff should say it; empty for the built-in one. */
    Optional<String> phrase(long siteId, ServiceStep step);
}
