package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** S1: passwords are stored salted and slow, never in clear. */
class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void samePasswordHashesDifferentlyEachTimeButMatches_S1() {
        String a = hasher.hash("correct horse battery");
        String b = hasher.hash("correct horse battery");
        assertNotEquals(a, b, "a random salt makes equal passwords hash differently");
        assertTrue(hasher.matches("correct horse battery", a));
        assertTrue(hasher.matches("correct horse battery", b));
        assertFalse(hasher.matches("correct horse batterY", a));
        assertFalse(a.contains("horse"));
    }

    @Test
    void storedFormCarriesItsCostSoItCanBeRaisedLater() {
        String old = new PasswordHasher(500).hash("s3cret-password");
        assertTrue(old.startsWith("pbkdf2-sha256$500$"));
        assertTrue(hasher.matches("s3cret-password", old), "a hash with another iteration count still verifies");
        assertEquals(PasswordHasher.DEFAULT_ITERATIONS >= 200_000, true, "the production cost stays slow");
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hasher.matches("x", "plain"));
        assertFalse(hasher.matches("x", "pbkdf2-sha256$abc$def$ghi"));
        assertFalse(hasher.matches("x", "md5$1$a$b"));
        assertFalse(hasher.matches(null, hasher.hash("x-password")));
    }

    @Test
    void generatedPasswordsAreLongAndReadable() {
        String p = PasswordHasher.generate(16);
        assertEquals(16, p.length());
        assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0));
    }
}
