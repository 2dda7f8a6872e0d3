package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servicehall.queue.Ticket;

/**
 * Q3 and Q4 as edge-triggered alerts: more than N waiting for a service raises "open another
 * window / divert" once until the queue is back to N or fewer; a waiting ticket whose predicted
 * wait exceeds 80% of the target raises a warning before the breach, and the breach itself is
 * raised when it happens — each once per ticket. Plain Java; thread-safe.
 */
final class QueueAlerts {
    static final double WARN_AT = 0.8;

    enum Kind { TOO_MANY_WAITING, WAIT_AT_RISK, WAIT_BREACHED }

    record Alert(Kind kind, long siteId, String serviceCode, String ticketNumber, String message) {
    }

    private final int waitingOver;
    private final Duration target;
    private final Map<String, Boolean> over = new HashMap<>();
    private final Set<Long> warned = new HashSet<>();
    private final Set<Long> breached = new HashSet<>();

    QueueAlerts(int waitingOver, Duration target) {
        this.waitingOver = waitingOver;
        this.target = target;
    }

    /**
     * @param waiting the service's waiting tickets, in calling order
     * @param predictor with the service's open windows and average service time, predicts the remaining wait
     */
    synchronized List<Alert> evaluate(long siteId, String serviceCode, String serviceName, List<Ticket> waiting,
            java.util.function.IntFunction<Duration> predictor, Instant now) {
        return evaluate(siteId, serviceCode, serviceName, waiting, predictor, now, waitingOver, target);
    }

    /** The same with the service's own thresholds (Q3, Q4 per service). */
    synchronized List<Alert> evaluate(long siteId, String serviceCode, String serviceName, List<Ticket> waiting,
            java.util.function.IntFunction<Duration> predictor, Instant now, int waitingOver, Duration target) {
        List<Alert> alerts = new ArrayList<>();
        String key = siteId + "/" + serviceCode;
        boolean isOver = waiting.size() > waitingOver;
        if (isOver && !over.getOrDefault(key, false)) {
            alerts.add(new Alert(Kind.TOO_MANY_WAITING, siteId, serviceCode, null, waiting.size() + " people wait for '"
                    + serviceName + "' (more than " + waitingOver + "): open another window or divert (排队超过" + waitingOver + "人时增设窗口分流)"));
        }
        over.put(key, isOver);
        for (int ahead = 0; ahead < waiting.size(); ahead++) {
            Ticket t = waiting.get(ahead);
            Duration waited = Duration.between(t.issuedAt(), now);
            if (waited.compareTo(target) > 0) {
                if (breached.add(t.id())) {
                    alerts.add(new Alert(Kind.WAIT_BREACHED, siteId, serviceCode, t.number(), "ticket " + t.number() + " has waited "
                            + waited.toMinutes() + " min for '" + serviceName + "', over the target of " + target.toMinutes() + " min"));
                }
                continue;
            }
            Duration predicted = waited.plus(predictor.apply(ahead));
            if (predicted.toMillis() > target.toMillis() * WARN_AT && warned.add(t.id())) {
                alerts.add(new Alert(Kind.WAIT_AT_RISK, siteId, serviceCode, t.number(), "ticket " + t.number()
                        + " is predicted to wait " + predicted.toMinutes() + " min for '" + serviceName + "' (target "
                        + target.toMinutes() + " min)"));
            }
        }
        return alerts;
    }
}
