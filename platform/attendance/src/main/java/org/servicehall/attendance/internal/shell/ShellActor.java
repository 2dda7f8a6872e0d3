package org.servicehall.attendance.internal.shell;

import java.util.EnumSet;

import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** Who acts from the Karaf console: its users are the installation's administrators (Karaf JAAS). */
final class ShellActor {
    static final Actor CONSOLE = new Actor("karaf-console", "Karaf console", EnumSet.of(Role.ADMIN));

    private ShellActor() {
    }
}
