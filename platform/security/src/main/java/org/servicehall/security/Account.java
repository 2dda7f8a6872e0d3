package org.servicehall.security;

import java.util.Set;

/** A login account as the console shows it (never the password hash). */
public record Account(String username, String displayName, Set<Role> roles, boolean enabled) {
    public Actor asActor() {
        return new Actor(username, displayName, roles);
    }
}
