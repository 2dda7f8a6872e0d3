package org.servicehall.common;

/**
 * An error a user (or a calling system) can cause and can fix: its message names what is wrong
 * in words the user understands. Screens and the REST API show the message, never a stack trace.
 */
public class HallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HallException(String message) {
        super(message);
    }

    public HallException(String message, Throwable cause) {
        super(message, cause);
    }
}
