package org.servicehall.security;

import org.servicehall.common.HallException;

/** The actor lacks the role an operation needs. */
public class AccessDenied extends HallException {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }
}
