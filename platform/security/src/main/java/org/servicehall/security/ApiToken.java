package org.servicehall.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An API token of one client (a kiosk, a badge reader, a hospital's system), scoped to one site
 * and one role (S1). Only its hash is stored; {@link #prefix} tells tokens apart in lists.
 *
 * @param id the token's number
 * @param client who uses it, as the administrator named it
 * @param siteCode the code of the only site whose operations it may call
 * @param role the role it acts with
 * @param prefix the first characters of the secret, to recognise it
 * @param createdAt when it was issued
 * @param createdBy the administrator who issued it
 * @param revokedAt when it was revoked, or null while valid
 * @since 1.3
 */
public record ApiToken(long id, String client, String siteCode, Role role, String prefix, Instant createdAt,
        String createdBy, Instant revokedAt) {

    /** The name an API token acts under in the audit log: {@code token-<id>}. */
    public static final String ACTOR_PREFIX = "token-";

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * The actor a request with this token acts as: {@code token-<id>}, named after its client, with its
     * one role on its one site (since 1.3: on no other site).
     */
    public Actor asActor() {
        return new Actor(ACTOR_PREFIX + id, client, Set.of(), Map.of(siteCode, EnumSet.of(role)));
    }
}
