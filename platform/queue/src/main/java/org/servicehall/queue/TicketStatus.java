package org.servicehall.queue;

/** Where a ticket is in its life: waiting → called (maybe recalled) → serving → done, or no-show. */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW;

    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == SERVING;
    }
}
