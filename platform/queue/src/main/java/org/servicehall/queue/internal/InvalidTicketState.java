package org.servicehall.queue.internal;

import org.servicehall.common.Conflict;

/** A step that does not fit the ticket's state (finishing a ticket never called, say). */
public final class InvalidTicketState extends Conflict {
    private static final long serialVersionUID = 1L;

    InvalidTicketState(String message) {
        super(message);
    }
}
