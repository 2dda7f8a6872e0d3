package org.servicehall.site;

import java.util.Set;

import org.servicehall.security.Role;

/** What an admin enters to create or change a staff member. */
public record StaffDraft(String staffNumber, String name, Set<Role> roles, boolean active) {
    public StaffDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
