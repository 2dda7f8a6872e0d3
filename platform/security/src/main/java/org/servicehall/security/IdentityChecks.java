package org.servicehall.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.common.Message;

/**
 * S4 (核实客户的身份, issue 16): identity checks recorded at the desk, and the staff member's fresh
 * re-authentication, before a sensitive operation: handing out a case's result, using a seal,
 * exporting or erasing personal data, changing a complaint's contact data.
 *
 * <p>A check is good for one object and for {@code validityMinutes} (configuration
 * {@code org.servicehall.identity}, 30 by default); a re-authentication for
 * {@code reauthenticationMinutes} (5 by default). Both are recorded in the database, so every node
 * sees them, and audited (S2).
 *
 * @since 1.3
 */
@ProviderType
public interface IdentityChecks {

    /**
     * Records the check of a citizen's document for an object (staff and above, on the object's site).
     *
     * @throws org.servicehall.common.ValidationException naming the field: a number malformed for its
     *         document (a resident ID card's check character wrong), or not the number the object holds
     * @throws AccessDenied for an actor without the staff role on the site
     */
    IdentityCheck record(Actor by, IdentityCheckRequest request);

    /**
     * The check a sensitive operation needs: the newest check recorded for the object within its
     * validity.
     *
     * @param operation the operation as people read it, a label from the caller's own texts in English
     *        and Chinese ({@code hand out the case's result} / {@code 领取办结结果}): the refusal names it
     *        in the reader's language
     * @throws IdentityCheckNeeded when there is none
     */
    IdentityCheck required(Actor by, String objectKind, String objectId, Message operation);

    /** The checks recorded for an object, newest first (numbers masked). */
    List<IdentityCheck> of(Actor by, String objectKind, String objectId);

    /**
     * The staff member signs in again with their password for the sensitive operations of the next
     * minutes; a wrong password counts as a failed sign-in (throttled like the login, {@link SignInService}).
     *
     * @throws AccessDenied for a wrong password
     * @throws SignInLocked while the account is locked
     */
    void reauthenticate(Actor by, String password, String clientAddress);

    /**
     * The fresh re-authentication a sensitive operation needs from a person. The platform acting itself
     * ({@link Actor#SYSTEM}, {@link Actor#KARAF_CONSOLE}) needs none. Every password the person gave
     * counts: a {@link #reauthenticate}, and a sign-in through {@link SignInService} (the console's login,
     * and each HTTP Basic request, whose password the API checks again at least every minute); an API
     * token is no password, so a token's client never has a fresh sign-in.
     *
     * @param operation the operation as people read it, a label from the caller's own texts in English
     *        and Chinese: the refusal names it in the reader's language
     * @throws IdentityCheckNeeded (with {@link IdentityCheckNeeded#reauthentication()}) when the actor
     *         has not re-authenticated within the last minutes
     */
    void requireFreshSignIn(Actor by, Message operation);
}
