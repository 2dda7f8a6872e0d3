package org.servicehall.site;

import java.util.Set;

import org.servicehall.security.Role;

/**
 * A staff member of a site, with the login account of the same username.
 *
 * @param staffNumber the number on the staff badge (工号), unique within the site
 */
public record Staff(long id, long siteId, String staffNumber, String name, Set<Role> roles, String username, boolean active) {
    public Staff {
        roles = Set.copyOf(roles);
    }
}
