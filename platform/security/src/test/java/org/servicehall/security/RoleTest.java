package org.servicehall.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** S1: roles are ordered; a higher role includes the lower ones. */
class RoleTest {
    @Test
    void adminIncludesSupervisorIncludesStaff_S1() {
        assertTrue(Role.ADMIN.includes(Role.SUPERVISOR));
        assertTrue(Role.SUPERVISOR.includes(Role.STAFF));
        assertFalse(Role.STAFF.includes(Role.SUPERVISOR));
        assertTrue(Role.STAFF.includes(null), "public pages need no role");
    }

    @Test
    void requireNamesTheOperationAndTheMissingRole_S1() {
        Actor staff = new Actor("li", null, EnumSet.of(Role.STAFF));
        AccessDenied e = assertThrows(AccessDenied.class, () -> staff.require(Role.ADMIN, "delete windows"));
        assertTrue(e.getMessage().contains("li may not delete windows"));
        assertTrue(e.getMessage().contains("ADMIN"));
    }

    @Test
    void theKarafConsoleActsAsAnAdministrator_S1() {
        assertEquals("karaf-console", Actor.KARAF_CONSOLE.username());
        assertEquals("Karaf console", Actor.KARAF_CONSOLE.displayName());
        assertTrue(Actor.KARAF_CONSOLE.has(Role.ADMIN));
    }
}
