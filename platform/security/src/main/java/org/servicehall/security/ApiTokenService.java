package org.servicehall.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * API tokens for REST clients (S1): issued by an administrator to a named client for one site and
 * one role, shown once, stored as a hash, revocable; sent as {@code Authorization: Bearer <secret>}
 * instead of a person's password. Issuing and revoking are audited (S2).
 *
 * @since 1.3
 */
@ProviderType
public interface ApiTokenService {

    /**
     * Issues a token.
     *
     * @throws AccessDenied for an actor without the administrator role
     * @throws org.servicehall.common.ValidationException for a missing client, a malformed site code or
     *         a role other than staff or supervisor (administration needs a person)
     */
    IssuedToken issue(Actor by, String client, String siteCode, Role role);

    /** The valid token with this secret; empty for an unknown, malformed or revoked one. */
    Optional<ApiToken> authenticate(String secret);

    /** Every token, newest first, revoked ones included. */
    List<ApiToken> list();

    /**
     * Revokes a token: requests with it are refused from now on.
     *
     * @throws org.servicehall.common.NotFound for an unknown token
     * @throws org.servicehall.common.Conflict for a token already revoked
     */
    void revoke(Actor by, long id);
}
