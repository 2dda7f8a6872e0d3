package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.servicehall.web.internal.StaffSessions.Decision;

/** Issue 16 (S1): a signed-in staff screen ends after the timeout without use; heartbeats do not count as use. */
class StaffSessionsTest {
    private static final long MINUTE = 60_000;
    private final StaffSessions sessions = new StaffSessions(Duration.ofMinutes(30));

    @Test
    void aSessionNobodySignedInToIsLeftAlone_S1() {
        assertEquals(Decision.PUBLIC, sessions.decide(null, true, 10 * 60 * MINUTE), "a display board lives on its heartbeats");
        assertEquals(Decision.PUBLIC, sessions.decide(null, false, 10 * 60 * MINUTE));
    }

    @Test
    void useWithinTheTimeoutKeepsTheSessionAndHeartbeatsDoNotMoveIt_S1() {
        long signedIn = 1_000 * MINUTE;
        assertEquals(Decision.USED, sessions.decide(signedIn, false, signedIn + 29 * MINUTE));
        assertEquals(Decision.KEPT, sessions.decide(signedIn, true, signedIn + 29 * MINUTE));
        assertEquals(Decision.EXPIRED, sessions.decide(signedIn, true, signedIn + 30 * MINUTE),
                "an open page's heartbeats alone end at the timeout");
        assertEquals(Decision.EXPIRED, sessions.decide(signedIn, false, signedIn + 31 * MINUTE), "a click after it finds the session gone");
    }

    @Test
    void onlyVaadinsHeartbeatIsAHeartbeat_S1() {
        assertTrue(StaffSessions.isHeartbeat("v-r=heartbeat&v-uiId=0"));
        assertTrue(StaffSessions.isHeartbeat("v-uiId=3&v-r=heartbeat"));
        assertFalse(StaffSessions.isHeartbeat("v-r=uidl&v-uiId=0"));
        assertFalse(StaffSessions.isHeartbeat("x=v-r=heartbeat"));
        assertFalse(StaffSessions.isHeartbeat(null));
    }
}
