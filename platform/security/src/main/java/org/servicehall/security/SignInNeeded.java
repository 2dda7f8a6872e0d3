package org.servicehall.security;

import org.servicehall.common.Message;

/**
 * The request carries no sign-in at all where one is needed: the REST API answers 401 (asking for
 * credentials) rather than the 403 of an {@link AccessDenied} that names a missing role.
 *
 * @since 1.3
 */
public class SignInNeeded extends AccessDenied {
    private static final long serialVersionUID = 1L;

    public SignInNeeded(Message message) {
        super(message);
    }
}
