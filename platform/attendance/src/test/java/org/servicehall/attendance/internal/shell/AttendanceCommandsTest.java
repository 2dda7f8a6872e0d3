package org.servicehall.attendance.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.DefaultActionPreparator;
import org.junit.jupiter.api.Test;

/** The console commands take their arguments as Karaf's own preparator hands them over, the shared ones from their base classes. */
class AttendanceCommandsTest {
    private static final Session SESSION = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class },
            (proxy, method, args) -> null);

    private static <A extends Action> A prepared(A action, Object... arguments) throws Exception {
        assertTrue(new DefaultActionPreparator().prepare(action, SESSION, List.of(arguments)));
        return action;
    }

    @Test
    void clockInTakesTheSiteTheStaffNumberAndTheWindow_A2() throws Exception {
        AttendanceCommands.ClockIn in = prepared(new AttendanceCommands.ClockIn(), "DEMO", "D001", "1");
        assertEquals("DEMO", in.site);
        assertEquals("D001", in.staff);
        assertEquals(1, in.window);
        assertEquals("D001", prepared(new AttendanceCommands.ClockOut(), "DEMO", "D001").staff);
        assertThrows(Exception.class, () -> prepared(new AttendanceCommands.ClockIn(), "DEMO", "D001"), "the window is required");
    }

    @Test
    void leavingThePostTakesTheReasonAfterTheStaffNumber_A3() throws Exception {
        AttendanceCommands.LeavePostCommand leave = prepared(new AttendanceCommands.LeavePostCommand(), "DEMO", "D001", "fetching forms");
        assertEquals("DEMO", leave.site);
        assertEquals("D001", leave.staff);
        assertEquals("fetching forms", leave.reason);
        assertEquals("D001", prepared(new AttendanceCommands.Return(), "DEMO", "D001").staff);
    }

    @Test
    void postsTakesOnlyTheSite_A4() throws Exception {
        assertEquals("DEMO", prepared(new AttendanceCommands.Posts(), "DEMO").site);
        assertThrows(Exception.class, () -> prepared(new AttendanceCommands.Posts(), "DEMO", "D001"), "no staff number");
    }
}
