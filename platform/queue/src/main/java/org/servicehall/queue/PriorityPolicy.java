package org.servicehall.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

/**
 * Q2: the order in which waiting tickets are called. Register implementations as OSGi services;
 * the queue uses the highest-ranked ({@code service.ranking}) policy that {@link #appliesTo} the
 * window's site and services, and the default policy otherwise.
 */
public interface PriorityPolicy {

    /** Whether this policy orders the tickets of a window serving these services of this sector. */
    boolean appliesTo(String sector, Set<String> serviceCodes);

    /**
     * The calling order at {@code now}: the first ticket in this order is called next. A call offers
     * the policy the 50 longest-waiting tickets of the window's services and every priority ticket,
     * so a policy ranking by priority class and waiting time always sees its first ticket.
     */
    Comparator<Ticket> order(Instant now);
}
