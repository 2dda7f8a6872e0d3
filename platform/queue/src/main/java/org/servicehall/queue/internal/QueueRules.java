package org.servicehall.queue.internal;

import java.util.EnumSet;
import java.util.Set;

import org.servicehall.queue.InvalidTicketState;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;

/** The queue's ticket numbers and rules of state (Q1, Q6); issuing hours are {@link IssuingRules}. Plain Java. */
final class QueueRules {
    private QueueRules() {
    }

    /** Readable number: prefix and a 3-digit (or longer) daily sequence, e.g. A012. */
    static String number(String prefix, int sequence) {
        return prefix + (sequence < 1000 ? String.format("%03d", sequence) : String.valueOf(sequence));
    }

    static void require(Ticket t, Set<TicketStatus> allowed, String step) {
        if (!allowed.contains(t.status())) {
            throw new InvalidTicketState(t, "ticket " + t.number() + " is " + t.status() + "; only a ticket that is "
                    + String.join(" or ", allowed.stream().map(Enum::name).toList()) + " can be " + step);
        }
    }

    static void checkRecall(Ticket t) {
        require(t, EnumSet.of(TicketStatus.CALLED), "recalled");
    }

    /** Q6: a no-show is recorded only after the citizen was recalled the configured number of times. */
    static void checkNoShow(Ticket t, int requiredRecalls) {
        require(t, EnumSet.of(TicketStatus.CALLED), "marked as no-show");
        if (t.recalls() < requiredRecalls) {
            throw new InvalidTicketState(t, "ticket " + t.number() + " was recalled " + t.recalls() + " time(s); recall it "
                    + requiredRecalls + " time(s) before marking it as no-show");
        }
    }

    static void checkStart(Ticket t) {
        require(t, EnumSet.of(TicketStatus.CALLED), "started");
    }

    static void checkFinish(Ticket t) {
        require(t, EnumSet.of(TicketStatus.SERVING), "finished");
    }

    static void checkTransfer(Ticket t) {
        require(t, EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING), "transferred");
    }
}
