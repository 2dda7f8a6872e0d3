package org.servicehall.conduct;

/** Where a gift declaration stands (C6): declared by staff, then reviewed once by a supervisor. */
public enum GiftStatus {
    /** Declared, waiting for review. */
    DECLARED,
    /** Handed in and kept by the office (上交). */
    ACCEPTED_INTO_CUSTODY,
    /** Given back to the giver (退还). */
    RETURNED,
    /** Passed on to a charity or public use (捐赠). */
    DONATED;

    public boolean reviewed() {
        return this != DECLARED;
    }
}
