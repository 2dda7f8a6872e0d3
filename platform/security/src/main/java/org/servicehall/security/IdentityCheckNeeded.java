package org.servicehall.security;

import org.servicehall.common.Message;

/**
 * S4: a sensitive operation was asked for without the identity check it needs (none recorded for the
 * object, or one older than its validity), or without the staff member's fresh re-authentication.
 * The REST API answers 403 with the message; a screen asks for the check or the password and tries
 * again.
 *
 * @since 1.3
 */
public class IdentityCheckNeeded extends AccessDenied {
    private static final long serialVersionUID = 1L;
    private final boolean reauthentication;

    /**
     * @param reauthentication true when what is missing is the staff member's own fresh sign-in, false
     *        when it is the citizen's identity check
     */
    public IdentityCheckNeeded(Message message, boolean reauthentication) {
        super(message);
        this.reauthentication = reauthentication;
    }

    /** Whether what is missing is the staff member's fresh re-authentication (else the citizen's identity check). */
    public boolean reauthentication() {
        return reauthentication;
    }
}
