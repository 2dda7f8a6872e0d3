package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.servicehall.security.internal.SignInThrottle.Count;

/** S1 (issue 16): failed sign-ins within a window lock an account or an address for a while. */
class SignInThrottleTest {
    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(20));

    private Count fail(Count before, int times, Instant at) {
        Count c = before;
        for (int i = 0; i < times; i++) {
            c = throttle.failed(c, 3, at);
        }
        return c;
    }

    @Test
    void theFailureReachingTheLimitLocksForTheLockOutTime_S1() {
        Count two = fail(null, 2, T0);
        assertEquals(2, two.failures());
        assertFalse(two.lockedAt(T0), "two failures of three allowed: not locked");
        Count three = throttle.failed(two, 3, T0.plusSeconds(60));
        assertTrue(three.lockedAt(T0.plusSeconds(60)));
        assertEquals(T0.plusSeconds(60).plus(Duration.ofMinutes(20)), three.lockedUntil());
        assertTrue(SignInThrottle.newlyLocked(two, three, T0.plusSeconds(60)));
        assertTrue(three.lockedAt(T0.plus(Duration.ofMinutes(20))), "still locked just before it lapses");
        assertFalse(three.lockedAt(three.lockedUntil()), "lapsed at its end");
    }

    @Test
    void failuresOutsideTheWindowStartCountingAfresh_S1() {
        Count two = fail(null, 2, T0);
        Count later = throttle.failed(two, 3, T0.plus(Duration.ofMinutes(15)));
        assertEquals(1, later.failures(), "the window of 15 minutes from the first failure has passed");
        assertEquals(T0.plus(Duration.ofMinutes(15)), later.windowStart());
        assertNull(later.lockedUntil());
        Count inWindow = throttle.failed(two, 3, T0.plus(Duration.ofMinutes(14)));
        assertTrue(inWindow.lockedAt(T0.plus(Duration.ofMinutes(14))), "the third failure 14 minutes after the first locks");
    }

    @Test
    void triesWhileLockedDoNotExtendTheLockAndAfterItCountingRestarts_S1() {
        Count locked = fail(null, 3, T0);
        assertSame(locked, throttle.failed(locked, 3, T0.plus(Duration.ofMinutes(10))));
        assertFalse(SignInThrottle.newlyLocked(locked, locked, T0.plus(Duration.ofMinutes(10))), "audited once, when it starts");
        Count after = throttle.failed(locked, 3, T0.plus(Duration.ofMinutes(21)));
        assertEquals(1, after.failures(), "a lapsed lock leaves a fresh count, not one failure from a new lock");
        assertFalse(after.lockedAt(T0.plus(Duration.ofMinutes(21))));
    }

    @Test
    void theMessageCountsWholeMinutesRoundedUp_S1() {
        Instant until = T0.plus(Duration.ofMinutes(15));
        assertEquals(15, SignInThrottle.minutesLeft(until, T0));
        assertEquals(1, SignInThrottle.minutesLeft(until, until.minusSeconds(1)));
        assertEquals(2, SignInThrottle.minutesLeft(until, until.minusSeconds(61)));
    }

    @Test
    void limitsAndTimesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(0, 1, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(1, 1, Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(1, 1, Duration.ofMinutes(1), Duration.ofMinutes(-1)));
    }
}
