package org.servicehall.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.servicehall.common.Texts;

/**
 * Who is acting: a signed-in account, or the platform itself. Every service operation that
 * changes state takes the actor, checks its role and writes its name to the audit log.
 */
public record Actor(String username, String displayName, Set<Role> roles) {
    private static final Texts TEXTS = Texts.of(Actor.class, "security");

    /** The platform acting on its own (start-up bootstrap, demo data, scheduled work). */
    public static final Actor SYSTEM = new Actor("system", "ServiceHall", EnumSet.of(Role.ADMIN));

    /**
     * Whoever acts from the Karaf console (shell commands): its users are the installation's
     * administrators (Karaf JAAS).
     *
     * @since 1.2
     */
    public static final Actor KARAF_CONSOLE = new Actor("karaf-console", "Karaf console", EnumSet.of(Role.ADMIN));

    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role required) {
        return roles.stream().anyMatch(r -> r.includes(required));
    }

    /**
     * @throws AccessDenied naming the operation and the missing role
     */
    public void require(Role required, String operation) {
        if (!has(required)) {
            throw new AccessDenied(TEXTS.message("security.denied", username, operation, required.name(),
                    TEXTS.message("security.role." + required.name())));
        }
    }
}
