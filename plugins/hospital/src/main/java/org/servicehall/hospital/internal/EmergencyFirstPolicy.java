package org.servicehall.hospital.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.hospital.internal.pharmacy.PickUpHolds;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.Ticket;

/**
 * The hospital's calling order at its windows (H1, H2; Q2's worked example of a plugin policy):
 * emergencies always first; then, as in the hall's default, a normal ticket passed over for more
 * than 20 minutes; then the other special-needs classes (elderly, disabled, pregnant, military,
 * appointments); then normal tickets — each group in issue order. A ticket whose prescription the
 * pharmacy has not yet checked (H3) comes after all others: it is not called for pick-up before it
 * is ready.
 */
@Component(service = PriorityPolicy.class, property = "service.ranking:Integer=100")
public final class EmergencyFirstPolicy implements PriorityPolicy {
    static final Duration FAIRNESS_CAP = Duration.ofMinutes(20);
    static final int HELD = 4;
    private final PickUpHolds holds;

    /** Without the pharmacy's holds. */
    public EmergencyFirstPolicy() {
        this(PickUpHolds.NONE);
    }

    @Activate
    public EmergencyFirstPolicy(@Reference PickUpHolds holds) {
        this.holds = holds;
    }

    @Override
    public boolean appliesTo(String sector, Set<String> serviceCodes) {
        return HospitalViews.SECTOR.equals(sector);
    }

    @Override
    public Comparator<Ticket> order(Instant now) {
        Instant overdue = now.minus(FAIRNESS_CAP);
        Supplier<Set<Long>> held = once(holds);
        return Comparator.comparingInt((Ticket t) -> held.get().contains(t.id()) ? HELD : rank(t, overdue)).thenComparing(Ticket::issuedAt)
                .thenComparingLong(Ticket::id);
    }

    /** The held tickets read once per call, when the order first needs them. */
    private static Supplier<Set<Long>> once(PickUpHolds holds) {
        return new Supplier<>() {
            private Set<Long> value;

            @Override
            public Set<Long> get() {
                if (value == null) {
                    value = holds.heldTickets();
                }
                return value;
            }
        };
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
