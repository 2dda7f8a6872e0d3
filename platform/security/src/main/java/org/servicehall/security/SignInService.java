package org.servicehall.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signing in with throttling (S1): the console's login page and the REST API's HTTP Basic sign in
 * through this service rather than {@link AccountService#authenticate} directly. After too many
 * failures within a window an account, or a client address, is locked for a while; the lock is
 * written to the audit log, and an administrator can lift it at once.
 *
 * @since 1.3
 */
@ProviderType
public interface SignInService {

    /**
     * Checks the password unless the account or the client address is locked.
     *
     * @param clientAddress the address the attempt comes from (the HTTP client's), or null when unknown
     * @return the signed-in actor, or empty for a wrong, unknown or disabled login
     * @throws SignInLocked while the account or the address is locked, also for the right password
     */
    Optional<Actor> signIn(String username, String password, String clientAddress);

    /** The locks in force now, soonest to lapse first. */
    List<SignInLock> locks();

    /**
     * Lifts the lock of an account and forgets its failures (administrators only), audited.
     *
     * @throws AccessDenied for an actor without the administrator role
     * @throws org.servicehall.common.NotFound when the account has no lock nor failures
     */
    void unlockAccount(Actor by, String username);

    /** The same for a client address. */
    void unlockAddress(Actor by, String clientAddress);
}
