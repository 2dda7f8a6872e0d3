package org.servicehall.common;

/** The request clashes with data that already exists or with the current state. */
public class Conflict extends HallException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }

    /** @since 1.3 */
    public Conflict(Message message) {
        super(message);
    }
}
