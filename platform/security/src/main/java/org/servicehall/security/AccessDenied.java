package org.servicehall.security;

import org.servicehall.common.HallException;
import org.servicehall.common.Message;

/** The actor lacks the role an operation needs. */
public class AccessDenied extends HallException {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }

    /** @since 1.3 */
    public AccessDenied(Message message) {
        super(message);
    }
}
