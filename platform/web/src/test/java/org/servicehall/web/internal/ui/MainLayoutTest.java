package org.servicehall.web.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** Issue 12 (Console): the menu's groups by role — the day's work first; setup first for an administrator. */
class MainLayoutTest {

    @Test
    void theMenusGroupsFollowTheRole() {
        assertEquals(List.of("home", "queue", "staff", "conduct", "complaints", "assessment", "casework", "setup", "sectors"),
                MainLayout.menuOrder(new Actor("s", null, EnumSet.of(Role.SUPERVISOR))));
        assertEquals(List.of("home", "setup", "sectors", "queue", "staff", "conduct", "complaints", "assessment", "casework"),
                MainLayout.menuOrder(new Actor("a", null, EnumSet.of(Role.ADMIN))));
    }
}
