package org.servicehall.security;

import java.time.Instant;

import org.servicehall.common.Message;

/**
 * Signing in is refused because the account or the client address failed too often; the message
 * says for how long and that an administrator can unlock it (S1).
 *
 * @since 1.4
 */
public class SignInLocked extends AccessDenied {
    private static final long serialVersionUID = 1L;
    private final Instant until;

    public SignInLocked(Message message, Instant until) {
        super(message);
        this.until = until;
    }

    /** When the lock lapses by itself. */
    public Instant until() {
        return until;
    }
}
