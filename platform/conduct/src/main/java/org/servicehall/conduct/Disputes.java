package org.servicehall.conduct;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C8 disputes at a window, escalated to the supervision desk and settled there, never by the staff
 * member involved. Changes check the actor's role, name every bad field, are saved with their audit
 * entry or not at all and are announced on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Disputes {

    Dispute escalateDispute(Actor actor, long siteId, DisputeDraft draft);

    /** Settled at the supervision desk (supervisor), never by the staff member involved. */
    Dispute resolveDispute(Actor actor, long disputeId, String resolution);

    /** The site's disputes, newest first. */
    List<Dispute> disputes(long siteId);
}
