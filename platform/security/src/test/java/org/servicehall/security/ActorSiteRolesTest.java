package org.servicehall.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** S1 (issue 16): roles are held per site; a central administrator's on every site. */
class ActorSiteRolesTest {
    private static final Actor WANG = new Actor("wang", "王芳", Set.of(),
            Map.of("A", EnumSet.of(Role.SUPERVISOR), "B", EnumSet.of(Role.STAFF)));

    @Test
    void aRoleHeldOnOneSiteIsHeldThereOnly_S1() {
        assertTrue(WANG.hasAt(Role.SUPERVISOR, "A"));
        assertTrue(WANG.hasAt(Role.STAFF, "A"), "a supervisor may do what staff may");
        assertTrue(WANG.hasAt(Role.STAFF, "B"));
        assertFalse(WANG.hasAt(Role.SUPERVISOR, "B"));
        assertFalse(WANG.hasAt(Role.STAFF, "C"));
        assertFalse(WANG.hasAt(Role.STAFF, null));
        assertTrue(WANG.has(Role.SUPERVISOR), "held on some site");
        assertFalse(WANG.hasEverywhere(Role.STAFF));
        assertEquals(Set.of(), WANG.rolesAt("C"));
    }

    @Test
    void theActorAtASiteHasThatSitesRolesAlone_S1() {
        Actor atB = WANG.at("B");
        assertEquals("wang", atB.username());
        assertTrue(atB.has(Role.STAFF));
        assertFalse(atB.has(Role.SUPERVISOR), "the supervisor role of A does not follow it to B");
        assertFalse(atB.hasAt(Role.STAFF, "A"));
        assertFalse(WANG.at("C").has(Role.STAFF));
    }

    @Test
    void aCentralAdministratorHoldsItsRolesOnEverySite_S1() {
        Actor central = new Actor("root", null, EnumSet.of(Role.ADMIN), Map.of("A", EnumSet.of(Role.STAFF)));
        assertTrue(central.hasAt(Role.ADMIN, "Z"));
        assertTrue(central.hasEverywhere(Role.ADMIN));
        assertTrue(central.at("A").has(Role.ADMIN));
        assertTrue(central.at("A").hasEverywhere(Role.ADMIN), "still central on one site's operation");
        assertTrue(Actor.SYSTEM.hasAt(Role.ADMIN, "ANY"));
    }

    @Test
    void refusalsNameTheSite_S1() {
        AccessDenied e = assertThrows(AccessDenied.class, () -> WANG.requireAt(Role.SUPERVISOR, "B", "change thresholds"));
        assertTrue(e.getMessage().contains("wang may not change thresholds at site B"), e.getMessage());
        AccessDenied central = assertThrows(AccessDenied.class,
                () -> new Actor("a", null, Set.of(), Map.of("A", EnumSet.of(Role.ADMIN))).requireEverywhere(Role.ADMIN, "create sites"));
        assertTrue(central.getMessage().contains("not on a single site"), central.getMessage());
        WANG.requireAt(Role.STAFF, "B", "call tickets");
    }

    @Test
    void emptyGrantsAreDropped_S1() {
        Actor a = new Actor("x", null, null, Map.of("A", Set.of(), "B", EnumSet.of(Role.STAFF)));
        assertEquals(Set.of("B"), a.siteRoles().keySet());
        assertEquals(a, new Actor("x", null, Set.of(), Map.of("B", EnumSet.of(Role.STAFF))));
    }
}
