package org.servicehall.security;

import java.time.Instant;

/**
 * A lock on signing in (S1): an account or a client address that failed too often.
 *
 * @param kind what is locked
 * @param subject the account's username or the client's address
 * @param failures the failures counted in the current window
 * @param until when the lock lapses by itself
 * @since 1.3
 */
public record SignInLock(Kind kind, String subject, int failures, Instant until) {
    /** What a lock holds back. */
    public enum Kind {
        ACCOUNT, ADDRESS
    }
}
