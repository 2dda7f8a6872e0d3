package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueAlert.Kind;
import org.servicehall.queue.Ticket;

/**
 * Q3 and Q4 as conditions that hold or do not at a moment, and what a check does with the alerts
 * that stand: more than N waiting for a service is one condition of the service (not one per
 * ticket); a waiting ticket whose predicted wait (waited so far plus the prediction) is over the
 * target is at risk, and one that has waited longer than the target is breached (no longer at
 * risk). A condition that starts raises an alert, one that still holds keeps its alert, one that
 * ended clears it. Plain Java, no state.
 */
final class QueueAlerts {
    /** A kept alert's figures are written again at least this often, so "last seen" stays true. */
    static final Duration REFRESH = Duration.ofSeconds(20);

    private QueueAlerts() {
    }

    /**
     * Which alert a condition is within its site and service: the kind and the ticket (0 for the
     * service as a whole). Ordered, so checks on several nodes write rows in one order.
     */
    record Key(Kind kind, long ticketId) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::kind).thenComparingLong(Key::ticketId);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** A condition that holds now, with the figures its alert records. */
    record Condition(Kind kind, long ticketId, String ticketNumber, int waiting, Duration waited, Duration predictedWait,
            int waitingOver, Duration waitTarget, String message) {
        Key key() {
            return new Key(kind, ticketId);
        }
    }

    /** A standing alert as read for a check, with the ticket it is about (0: the service). */
    record Standing(QueueAlert alert, long ticketId) {
        Key key() {
            return new Key(alert.kind(), ticketId);
        }
    }

    /** One step of a check, in key order: raise a new alert, refresh a kept one, or clear one. */
    sealed interface Step permits Raise, Refresh, Clear {
        Key key();
    }

    record Raise(Condition condition) implements Step {
        @Override
        public Key key() {
            return condition.key();
        }
    }

    record Refresh(QueueAlert alert, Condition condition) implements Step {
        @Override
        public Key key() {
            return condition.key();
        }
    }

    record Clear(Standing standing) implements Step {
        @Override
        public Key key() {
            return standing.key();
        }
    }

    /**
     * The conditions that hold for one service now.
     *
     * @param waiting the service's waiting tickets, in calling order
     * @param predictor with the service's open windows and average service time, the remaining wait
     *        of a ticket with the given number of people ahead
     */
    static List<Condition> conditions(String serviceName, List<Ticket> waiting, IntFunction<Duration> predictor, Instant now,
            int waitingOver, Duration target) {
        List<Condition> holding = new ArrayList<>();
        int count = waiting.size();
        if (count > waitingOver) {
            holding.add(new Condition(Kind.TOO_MANY_WAITING, 0, null, count, null, null, waitingOver, target,
                    count + " people wait for '" + serviceName + "' (more than " + waitingOver
                            + "): open another window or divert (排队超过" + waitingOver + "人时增设窗口分流)"));
        }
        for (int ahead = 0; ahead < count; ahead++) {
            Ticket t = waiting.get(ahead);
            Duration waited = Duration.between(t.issuedAt(), now);
            if (waited.compareTo(target) > 0) {
                holding.add(new Condition(Kind.WAIT_BREACHED, t.id(), t.number(), count, waited, null, waitingOver, target,
                        "ticket " + t.number() + " has waited " + waited.toMinutes() + " min for '" + serviceName
                                + "', over the target of " + minutes(target)));
                continue;
            }
            Duration predicted = waited.plus(predictor.apply(ahead));
            if (predicted.compareTo(target) > 0) {
                holding.add(new Condition(Kind.WAIT_AT_RISK, t.id(), t.number(), count, waited, predicted, waitingOver, target,
                        "ticket " + t.number() + " is predicted to wait " + predicted.toMinutes() + " min for '" + serviceName
                                + "', over the target of " + minutes(target)));
            }
        }
        return holding;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }

    /**
     * What a check does, in key order: a holding condition without a standing alert is raised; one
     * with a standing alert keeps it, refreshed when its figures changed or it was last written
     * {@link #REFRESH} ago or more; a standing alert whose condition no longer holds is cleared.
     */
    static List<Step> steps(List<Standing> standing, List<Condition> holding, Instant now) {
        Map<Key, Standing> byKey = new HashMap<>();
        standing.forEach(s -> byKey.put(s.key(), s));
        List<Step> steps = new ArrayList<>();
        for (Condition c : holding) {
            Standing s = byKey.remove(c.key());
            if (s == null) {
                steps.add(new Raise(c));
            } else if (changed(s.alert(), c) || !s.alert().lastSeenAt().plus(REFRESH).isAfter(now)) {
                steps.add(new Refresh(s.alert(), c));
            }
        }
        byKey.values().forEach(s -> steps.add(new Clear(s)));
        steps.sort(Comparator.comparing(Step::key));
        return steps;
    }

    /**
     * Whether the figures a reader compares changed: the thresholds in force, and for the service's
     * alert the number waiting (a ticket's alert does not follow every arrival: it is refreshed in time).
     */
    private static boolean changed(QueueAlert a, Condition c) {
        return a.waitingOver() != c.waitingOver() || !a.waitTarget().equals(c.waitTarget())
                || c.kind() == Kind.TOO_MANY_WAITING && a.waiting() != c.waiting();
    }
}
