package org.servicehall.queue;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.servicehall.common.Message;

/**
 * Whether one waiting ticket may be called now, asked for each candidate of a call in calling
 * order (after the {@link PriorityPolicy} has ordered them): a sector plugin holds a ticket back
 * while the hall is not ready for it — the hospital's pharmacy until the ticket's prescription is
 * checked — and the call goes on to the next candidate; the held ticket keeps its place. When every
 * candidate is held, nobody is called and the call is refused with the first reason given. Unlike a
 * {@link CallGuard}, which refuses a whole call, this decides per ticket, inside the call, so no
 * ticket that is held at the moment of the call is ever called. Registered as OSGi services; a
 * ticket is held when any of them holds it; one that throws is skipped (the ticket is not held by it).
 *
 * @since 1.6
 */
@ConsumerType
public interface CallEligibility {

    /**
     * Empty when {@code candidate} may be called at window {@code windowNumber} now; otherwise why
     * not, for the staff member at the window (in the reader's language).
     */
    Optional<Message> held(Ticket candidate, int windowNumber);
}
