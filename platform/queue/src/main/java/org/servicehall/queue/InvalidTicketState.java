package org.servicehall.queue;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/**
 * Q6: a step that does not fit the ticket's state (finishing a ticket never called, a no-show
 * before the citizen was recalled enough); nothing was changed. The message names the ticket, its
 * state and what the step needs.
 *
 * @since 1.5 (before, an internal class of the queue's implementation)
 */
public class InvalidTicketState extends Conflict {
    private static final long serialVersionUID = 1L;

    private final String number;
    private final TicketStatus current;

    /**
     * @param ticket the ticket as it is
     * @param message what is wrong, naming the ticket and what the step needs
     */
    public InvalidTicketState(Ticket ticket, String message) {
        super(message);
        this.number = ticket.number();
        this.current = ticket.status();
    }

    /**
     * @param ticket the ticket as it is
     * @param message what is wrong, from the queue's texts, read in the reader's language
     * @since 1.6
     */
    public InvalidTicketState(Ticket ticket, Message message) {
        super(message);
        this.number = ticket.number();
        this.current = ticket.status();
    }

    /** The readable number of the ticket, e.g. {@code A012}. */
    public String number() {
        return number;
    }

    /** The state the ticket is in. */
    public TicketStatus current() {
        return current;
    }
}
