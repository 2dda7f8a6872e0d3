package org.servicehall.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins lock an account or a client address (S1). Failures are counted in a window
 * that starts at the first failure; the failure that reaches the limit locks for the lock-out time,
 * after which counting starts afresh. A success forgets the account's failures (not the address's:
 * one good password must not hide a guessing run against other accounts). Plain Java.
 *
 * @param accountFailures failures of one account within {@code window} that lock it
 * @param addressFailures failures from one client address within {@code window} that lock it
 * @param window how long failures count
 * @param lockout how long a lock lasts unless an administrator lifts it
 */
record SignInThrottle(int accountFailures, int addressFailures, Duration window, Duration lockout) {
    static final SignInThrottle DEFAULT = new SignInThrottle(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    SignInThrottle {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("the failure limits must be at least 1");
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("the window and the lock-out must be positive");
        }
    }

    /**
     * The failures counted for one account or address.
     *
     * @param lockedUntil null while not locked
     */
    record Count(int failures, Instant windowStart, Instant lockedUntil) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The count after one more failure at {@code now}, for a subject locked at {@code limit} failures. */
    Count failed(Count before, int limit, Instant now) {
        if (before != null && before.lockedAt(now)) {
            return before; // already locked: the lock is not extended by further tries
        }
        boolean fresh = before == null || before.lockedUntil() != null || !now.isBefore(before.windowStart().plus(window));
        int failures = fresh ? 1 : before.failures() + 1;
        Instant start = fresh ? now : before.windowStart();
        return new Count(failures, start, failures >= limit ? now.plus(lockout) : null);
    }

    /** Whether this failure is the one that started a lock. */
    static boolean newlyLocked(Count before, Count after, Instant now) {
        return after.lockedAt(now) && (before == null || !before.lockedAt(now));
    }

    /** Whole minutes until the lock lapses, at least 1. */
    static long minutesLeft(Instant until, Instant now) {
        long seconds = Math.max(0, Duration.between(now, until).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
