package org.servicehall.security;

/**
 * The roles of REQUIREMENTS S1. A higher role includes the lower ones: an admin may do what a
 * supervisor may, a supervisor what staff may. Kiosks, display boards and rating pads are
 * public pages and need no role.
 */
public enum Role {
    STAFF, SUPERVISOR, ADMIN;

    /** Whether holding this role grants {@code required}. */
    public boolean includes(Role required) {
        return required == null || ordinal() >= required.ordinal();
    }
}
