package ${package}.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.Ticket;

/**
 * Who the sector's windows call first (Q2), an extension point of the queue: special-needs
 * tickets (elderly, disabled, pregnant, military, emergencies, appointments) first; a normal
 * ticket that has waited more than {@link #FAIRNESS_CAP} goes before them, so nobody waits
 * without end; each group in issue order.
 */
@Component(service = PriorityPolicy.class, property = "service.ranking:Integer=100")
public final class SpecialNeedsFirstPolicy implements PriorityPolicy {
    static final Duration FAIRNESS_CAP = Duration.ofMinutes(30);

    @Override
    public boolean appliesTo(String sector, Set<String> serviceCodes) {
        return Sector.NAME.equals(sector);
    }

    @Override
    public Comparator<Ticket> order(Instant now) {
        Instant overdue = now.minus(FAIRNESS_CAP);
        return Comparator.comparingInt((Ticket t) -> rank(t, overdue)).thenComparing(Ticket::issuedAt).thenComparingLong(Ticket::id);
    }

    static int rank(Ticket t, Instant overdue) {
        if (!t.priority().isPriority()) {
            return t.issuedAt().isBefore(overdue) ? 0 : 2;
        }
        return 1;
    }
}
