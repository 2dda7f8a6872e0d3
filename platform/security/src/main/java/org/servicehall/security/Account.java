package org.servicehall.security;

import java.util.Map;
import java.util.Set;

/**
 * A login account as the console shows it (never the password hash).
 *
 * @param roles the roles held on every site (a central administrator's)
 * @param siteRoles since 1.3, the roles held on one site each, by the site's code (S1)
 */
public record Account(String username, String displayName, Set<Role> roles, boolean enabled, Map<String, Set<Role>> siteRoles) {

    public Account {
        siteRoles = new Actor(username, displayName, Set.of(), siteRoles).siteRoles();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An account whose roles are held on every site. */
    public Account(String username, String displayName, Set<Role> roles, boolean enabled) {
        this(username, displayName, roles, enabled, Map.of());
    }

    public Actor asActor() {
        return new Actor(username, displayName, roles, siteRoles);
    }
}
