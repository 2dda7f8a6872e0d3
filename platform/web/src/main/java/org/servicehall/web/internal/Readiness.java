package org.servicehall.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.servicehall.web.internal.ReadinessRules.Observation;
import org.servicehall.web.internal.ReadinessRules.Waiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node has started (issue 17): {@link ReadinessRules} over what the framework reports,
 * judged again on each question (at most once per {@value #FRESH_MS} ms, so a burst of requests
 * while starting costs one look) until the node is ready once. From then on it stays ready: a
 * plugin installed, updated or failing later, or a data source replaced, is a problem the health
 * check reports, not a reason to turn every request away. When the start-up time runs out while
 * only sector plugins' parts are missing, the node opens without them and names them.
 */
public final class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    static final long FRESH_MS = 100;

    /** What the node says about its start: ready or not, and what it waits (or waited in vain) for. */
    public record State(boolean ready, List<Waiting> waitingFor) {
    }

    private final Supplier<Observation> observe;
    private final Clock clock;
    private final Instant start;
    private final Duration timeout;
    private volatile boolean ready;
    private State last;
    private Instant lastAt;

    /**
     * @param start when the node's process started
     * @param timeout how long after {@code start} a node opens without a sector plugin's missing parts
     */
    public Readiness(Supplier<Observation> observe, Clock clock, Instant start, Duration timeout) {
        this.observe = observe;
        this.clock = clock;
        this.start = start;
        this.timeout = timeout;
    }

    /** Cheap once ready: no look at the framework at all. */
    public boolean ready() {
        return ready || state().ready();
    }

    /** The state now; once ready, what it opened without (empty when it came up whole). */
    public synchronized State state() {
        if (ready) {
            return last;
        }
        Instant now = clock.instant();
        if (last != null && Duration.between(lastAt, now).toMillis() < FRESH_MS) {
            return last;
        }
        Observation o = observe.get();
        List<Waiting> waiting = ReadinessRules.waitingFor(o);
        long elapsed = Duration.between(start, now).toMillis();
        if (waiting.isEmpty()) {
            last = new State(true, List.of());
            LOG.info("ServiceHall node ready {} ms after its process started", elapsed);
        } else if (Duration.between(start, now).compareTo(timeout) >= 0 && ReadinessRules.mayOpenWithout(waiting, o)) {
            last = new State(true, List.copyOf(waiting));
            LOG.warn("ServiceHall node opens {} ms after its process started without these sector plugins' parts: {}", elapsed, waiting);
        } else {
            last = new State(false, List.copyOf(waiting));
        }
        lastAt = now;
        ready = last.ready();
        return last;
    }
}
