package org.servicehall.queue.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.queue.InvalidTicketState;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;

/**
 * The queue's ticket numbers and rules of state (Q1, Q6); issuing hours are {@link IssuingRules}.
 * The counter desk enables its buttons with {@link #allowed} and the service refuses with the
 * {@code check…} methods: one rule, asked by both. Plain Java.
 */
public final class QueueRules {
    static final Texts TEXTS = Texts.of(QueueRules.class, "queue");

    /** The steps at the window (Q6). */
    public enum Step {
        RECALL, NO_SHOW, START, FINISH, TRANSFER
    }

    private QueueRules() {
    }

    /** Readable number: prefix and a 3-digit (or longer) daily sequence, e.g. A012. */
    static String number(String prefix, int sequence) {
        return prefix + (sequence < 1000 ? String.format("%03d", sequence) : String.valueOf(sequence));
    }

    /** The states a ticket may be in for the step. */
    static Set<TicketStatus> statesFor(Step step) {
        return switch (step) {
            case RECALL, NO_SHOW, START -> EnumSet.of(TicketStatus.CALLED);
            case FINISH -> EnumSet.of(TicketStatus.SERVING);
            case TRANSFER -> EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING);
        };
    }

    /**
     * Q6: the steps the ticket allows now, {@code requiredRecalls} being the recalls before a
     * no-show; what the desk enables. Empty for no ticket.
     */
    public static Set<Step> allowed(Ticket t, int requiredRecalls) {
        Set<Step> out = EnumSet.noneOf(Step.class);
        if (t == null) {
            return out;
        }
        for (Step step : Step.values()) {
            if (refusal(t, step, requiredRecalls) == null) {
                out.add(step);
            }
        }
        return out;
    }

    /** Why the step does not fit the ticket (in the queue's texts), or null when it does. */
    static Message refusal(Ticket t, Step step, int requiredRecalls) {
        Set<TicketStatus> states = statesFor(step);
        if (!states.contains(t.status())) {
            List<Message> names = states.stream().map(s -> TEXTS.message("error.state." + s.name())).toList();
            Object allowed = names.size() == 1 ? names.get(0) : TEXTS.message("error.state.either", names.get(0), names.get(1));
            return TEXTS.message("error.ticket.state", t.number(), TEXTS.message("error.state." + t.status().name()), allowed,
                    TEXTS.message("error.step." + step.name()));
        }
        if (step == Step.NO_SHOW && t.recalls() < requiredRecalls) {
            return TEXTS.message("error.ticket.recallsFirst", t.number(), t.recalls(), requiredRecalls);
        }
        return null;
    }

    /**
     * A3, A4, Q6: who may take a step on a ticket at a window. A supervisor may, anywhere (to put
     * back or hand on the ticket of a window whose staff left); a staff member only at the window
     * they are signed in at. Null when the actor may, else why not.
     *
     * @param signedIn the staff number signed in at the ticket's window, empty when nobody is
     * @param signedInName their name, for the message
     * @param own the acting account's staff number at the site, empty when it has none
     */
    static Message atWindowRefusal(Ticket t, boolean supervisor, Optional<String> signedIn, String signedInName, Optional<String> own) {
        if (supervisor || t.windowNumber() == null) {
            return null;
        }
        if (signedIn.isEmpty()) {
            return TEXTS.message("error.ticket.unstaffedWindow", t.number(), t.windowNumber());
        }
        if (own.isPresent() && own.get().equalsIgnoreCase(signedIn.get())) {
            return null;
        }
        return TEXTS.message("error.ticket.otherWindow", t.number(), t.windowNumber(), signedInName);
    }

    private static void check(Ticket t, Step step, int requiredRecalls) {
        Message refusal = refusal(t, step, requiredRecalls);
        if (refusal != null) {
            throw new InvalidTicketState(t, refusal);
        }
    }

    static void checkRecall(Ticket t) {
        check(t, Step.RECALL, 0);
    }

    /** Q6: a no-show is recorded only after the citizen was recalled the configured number of times. */
    static void checkNoShow(Ticket t, int requiredRecalls) {
        check(t, Step.NO_SHOW, requiredRecalls);
    }

    static void checkStart(Ticket t) {
        check(t, Step.START, 0);
    }

    static void checkFinish(Ticket t) {
        check(t, Step.FINISH, 0);
    }

    static void checkTransfer(Ticket t) {
        check(t, Step.TRANSFER, 0);
    }
}
