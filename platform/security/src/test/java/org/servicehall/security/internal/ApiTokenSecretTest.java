package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.servicehall.security.ApiToken;
import org.servicehall.security.Actor;
import org.servicehall.security.IssuedToken;
import org.servicehall.security.Role;

/** S1 (issue 16): API token secrets are random, recognisable by their prefix, stored only as a hash. */
class ApiTokenSecretTest {
    @Test
    void aSecretIsRandomWithAFixedFormAndItsHashIsStable_S1() {
        String a = ApiTokens.newSecret();
        String b = ApiTokens.newSecret();
        assertNotEquals(a, b);
        assertTrue(a.matches("sht_[A-Za-z0-9_-]{43}"), a);
        assertEquals(64, ApiTokens.hash(a).length());
        assertEquals(ApiTokens.hash(a), ApiTokens.hash(a));
        assertNotEquals(ApiTokens.hash(a), ApiTokens.hash(b));
        assertFalse(ApiTokens.hash(a).contains(a.substring(4, 20)), "the hash does not hold the secret");
        assertEquals(a.substring(0, 12), ApiTokens.prefix(a));
    }

    @Test
    void aTokenActsAsItsClientWithItsOneRole_S1() {
        ApiToken t = new ApiToken(7, "Kiosk 1", "DEMO", Role.STAFF, "sht_abcdefgh", Instant.EPOCH, "admin", null);
        Actor actor = t.asActor();
        assertEquals("token-7", actor.username());
        assertEquals("Kiosk 1", actor.displayName());
        assertTrue(actor.has(Role.STAFF));
        assertFalse(actor.has(Role.SUPERVISOR));
        assertFalse(t.revoked());
        assertFalse(new IssuedToken(t, "sht_secret-value").toString().contains("secret-value"), "never the secret in a log line");
    }
}
