package org.servicehall.complaint;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/** P2: a workflow step that does not fit the case's current state; nothing was changed. */
public class InvalidComplaintState extends Conflict {
    private static final long serialVersionUID = 1L;

    private final String current;

    public InvalidComplaintState(String trackingNumber, Enum<?> current, String step, String allowed) {
        super("complaint " + trackingNumber + " is " + current + ": " + step + " is only possible when it is " + allowed);
        this.current = current.name();
    }

    /** @since 1.2: the message from the area's texts, in the reader's language where it is shown */
    public InvalidComplaintState(Message message, Enum<?> current) {
        super(message);
        this.current = current.name();
    }

    /** The name of the state the case (or task) is in. */
    public String current() {
        return current;
    }
}
