package org.servicehall.conduct;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C6 the gift register: staff declare what they were given (or a supervisor does for them), a
 * supervisor reviews each declaration. Changes check the actor's role, name every bad field, are
 * saved with their audit entry or not at all and are announced on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Gifts {

    GiftDeclaration declareGift(Actor actor, long siteId, GiftDeclarationDraft draft);

    /** A supervisor's review: {@code outcome} is any status but {@link GiftStatus#DECLARED}. */
    GiftDeclaration reviewGift(Actor actor, long giftId, GiftStatus outcome, String note);

    /** Supervisors see every declaration of the site, staff their own; newest first. */
    List<GiftDeclaration> gifts(Actor actor, long siteId);
}
