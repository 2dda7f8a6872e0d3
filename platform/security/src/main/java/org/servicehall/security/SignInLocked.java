package org.servicehall.security;

import java.time.Duration;
import java.time.Instant;

import org.servicehall.common.Message;

/**
 * Signing in is refused because the account or the client address failed too often; the message
 * says for how long and that an administrator can unlock it (S1).
 *
 * @since 1.3
 */
public class SignInLocked extends AccessDenied {
    private static final long serialVersionUID = 1L;
    private final Instant until;
    private final Duration retryAfter;

    /**
     * @param until when the lock lapses, on the platform's clock
     * @param retryAfter how long from now until then (the platform's clock may not be the wall clock)
     */
    public SignInLocked(Message message, Instant until, Duration retryAfter) {
        super(message);
        this.until = until;
        this.retryAfter = retryAfter;
    }

    /** When the lock lapses by itself, on the platform's clock. */
    public Instant until() {
        return until;
    }

    /** How long from the refusal until the lock lapses. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
