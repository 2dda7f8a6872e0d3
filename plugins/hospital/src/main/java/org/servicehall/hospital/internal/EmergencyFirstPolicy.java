package org.servicehall.hospital.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.Ticket;

/**
 * The hospital's calling order at its windows (H1, H2; Q2's worked example of a plugin policy):
 * emergencies always first; then, as in the hall's default, a normal ticket passed over for more
 * than 20 minutes; then the other special-needs classes (elderly, disabled, pregnant, military,
 * appointments); then normal tickets — each group in issue order.
 */
@org.osgi.service.component.annotations.Component(service = PriorityPolicy.class, property = "service.ranking:Integer=100")
public final class EmergencyFirstPolicy implements PriorityPolicy {
    static final Duration FAIRNESS_CAP = Duration.ofMinutes(20);

    @Override
    public boolean appliesTo(String sector, Set<String> serviceCodes) {
        return HospitalViews.SECTOR.equals(sector);
    }

    @Override
    public Comparator<Ticket> order(Instant now) {
        Instant overdue = now.minus(FAIRNESS_CAP);
        return Comparator.comparingInt((Ticket t) -> rank(t, overdue)).thenComparing(Ticket::issuedAt).thenComparingLong(Ticket::id);
    }

    static int rank(Ticket t, Instant overdue) {
        if (t.priority() == PriorityClass.EMERGENCY) {
            return 0;
        }
        if (!t.priority().isPriority()) {
            return t.issuedAt().isBefore(overdue) ? 1 : 3;
        }
        return 2;
    }
}
