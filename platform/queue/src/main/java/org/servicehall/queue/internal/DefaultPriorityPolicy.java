package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.Ticket;

/**
 * Q2's default: priority tickets (elderly, disabled, pregnant, military, emergency, appointment)
 * before normal ones, each group in issue order — except that a normal ticket which has waited
 * longer than the fairness cap goes first, so no normal ticket waits more than the cap because of
 * priorities.
 */
public final class DefaultPriorityPolicy implements PriorityPolicy {
    private final Duration fairnessCap;

    public DefaultPriorityPolicy(Duration fairnessCap) {
        this.fairnessCap = fairnessCap;
    }

    @Override
    public boolean appliesTo(String sector, Set<String> serviceCodes) {
        return true;
    }

    @Override
    public Comparator<Ticket> order(Instant now) {
        Instant overdue = now.minus(fairnessCap);
        return Comparator.comparingInt((Ticket t) -> rank(t, overdue)).thenComparing(Ticket::issuedAt).thenComparingLong(Ticket::id);
    }

    private static int rank(Ticket t, Instant overdue) {
        if (!t.priority().isPriority()) {
            return t.issuedAt().isBefore(overdue) ? 0 : 2;
        }
        return 1;
    }
}
