package org.servicehall.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.servicehall.common.Texts;

/**
 * Who is acting: a signed-in account, or the platform itself. Every service operation that
 * changes state takes the actor, checks its role and writes its name to the audit log.
 *
 * <p>Since 1.3, roles are held per site (S1, issue 16): {@link #roles} are held on every site (a
 * central administrator's), {@link #siteRoles} on one site each (staff of site A, supervisor of
 * sites A and B, the administrator of site C). {@link #has} asks whether the actor holds a role on
 * some site; an operation on an object of a site asks {@link #hasAt} or {@link #requireAt}, or is
 * given the actor {@link #at} that site, whose roles are then those of that site alone.
 *
 * @param roles the roles held on every site
 * @param siteRoles the roles held on one site, by the site's code
 */
public record Actor(String username, String displayName, Set<Role> roles, Map<String, Set<Role>> siteRoles) {
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
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        TreeMap<String, Set<Role>> bySite = new TreeMap<>();
        if (siteRoles != null) {
            siteRoles.forEach((site, held) -> {
                if (site != null && held != null && !held.isEmpty()) {
                    bySite.put(site, Set.copyOf(EnumSet.copyOf(held)));
                }
            });
        }
        siteRoles = Collections.unmodifiableMap(bySite);
    }

    /** An actor whose roles are held on every site. */
    public Actor(String username, String displayName, Set<Role> roles) {
        this(username, displayName, roles, Map.of());
    }

    /** Whether the actor holds {@code required}, or a role including it, on every site or on at least one. */
    public boolean has(Role required) {
        return includes(roles, required) || siteRoles.values().stream().anyMatch(held -> includes(held, required));
    }

    /**
     * Whether the actor holds {@code required} on every site (a central administrator's roles).
     *
     * @since 1.3
     */
    public boolean hasEverywhere(Role required) {
        return includes(roles, required);
    }

    /**
     * The roles the actor holds on one site: those held on every site and those of that site.
     *
     * @since 1.3
     */
    public Set<Role> rolesAt(String siteCode) {
        EnumSet<Role> held = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        Set<Role> there = siteCode == null ? null : siteRoles.get(siteCode);
        if (there != null) {
            held.addAll(there);
        }
        return Set.copyOf(held);
    }

    /**
     * Whether the actor holds {@code required} on the site {@code siteCode}.
     *
     * @since 1.3
     */
    public boolean hasAt(Role required, String siteCode) {
        return includes(rolesAt(siteCode), required);
    }

    /**
     * The same actor with the roles of one site only, beside those it holds on every site: what it may
     * do there. Given to the services of an operation on that site, their role checks ask about that site.
     *
     * @since 1.3
     */
    public Actor at(String siteCode) {
        Objects.requireNonNull(siteCode, "siteCode");
        Set<Role> there = siteRoles.get(siteCode);
        return new Actor(username, displayName, roles, there == null ? Map.of() : Map.of(siteCode, there));
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

    /**
     * @throws AccessDenied naming the operation, the site and the role missing there
     * @since 1.3
     */
    public void requireAt(Role required, String siteCode, String operation) {
        if (!hasAt(required, siteCode)) {
            throw new AccessDenied(TEXTS.message("security.deniedAtSite", username, operation, required.name(),
                    TEXTS.message("security.role." + required.name()), siteCode));
        }
    }

    /**
     * @throws AccessDenied unless the actor holds {@code required} on every site (a central administrator)
     * @since 1.3
     */
    public void requireEverywhere(Role required, String operation) {
        if (!hasEverywhere(required)) {
            throw new AccessDenied(TEXTS.message("security.deniedEverywhere", username, operation, required.name(),
                    TEXTS.message("security.role." + required.name())));
        }
    }

    private static boolean includes(Set<Role> held, Role required) {
        return held.stream().anyMatch(r -> r.includes(required));
    }
}
