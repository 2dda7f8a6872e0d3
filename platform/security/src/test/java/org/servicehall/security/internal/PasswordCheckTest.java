package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** run.sh refuses, before starting, a first-admin password that the platform would refuse (S1). */
class PasswordCheckTest {
    @Test
    void aPasswordHoldingTheUsernameIsRefusedBeforeStart_S1() {
        assertEquals("the password must not contain the username", PasswordCheck.problem("admin", "Admin-Pass-2026"));
    }

    @Test
    void aShortPasswordIsRefused_S1() {
        assertEquals("the password must be at least 10 characters long", PasswordCheck.problem("admin", "Hall-1"));
    }

    @Test
    void aCommonPasswordIsRefusedBeforeStart_S1() {
        assertEquals("the password is one of the most common passwords: choose one that is harder to guess",
                PasswordCheck.problem("admin", "qwertyuiop123"));
    }

    @Test
    void anAcceptablePasswordPasses_S1() {
        assertNull(PasswordCheck.problem("admin", "Hall-7fKq2mZr9x"));
    }
}
