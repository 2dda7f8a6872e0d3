package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.servicehall.queue.Ticket;

/**
 * Q4: the recent average service time of each service, for the predictions: the last 20 service
 * times, read from the database at most every 30 seconds (to take in other nodes' finishes) and
 * extended at once by every finish on this node — so the hot path does not query the day's
 * finished tickets.
 */
final class ServiceTimes {
    private static final long KEEP_NANOS = 30_000_000_000L;

    private final TicketStore store;
    private final WaitPredictor predictor;
    private final Map<String, RecentTimes> services = new ConcurrentHashMap<>();

    ServiceTimes(TicketStore store, WaitPredictor predictor) {
        this.store = store;
        this.predictor = predictor;
    }

    private static String key(long siteId, LocalDate day, String service) {
        return siteId + "/" + day + "/" + service;
    }

    /** The service's recent average (inside the caller's transaction). */
    Duration average(Connection c, long siteId, LocalDate day, String service) throws SQLException {
        String key = key(siteId, day, service);
        RecentTimes recent = services.get(key);
        if (recent == null || System.nanoTime() - recent.loadedNanos > KEEP_NANOS) {
            recent = new RecentTimes(store.recentServiceTimes(c, siteId, day, service, RecentTimes.KEEP), System.nanoTime());
            services.put(key, recent);
        }
        return predictor.averageServiceTime(recent.snapshot());
    }

    /** A ticket finished on this node: predictions use its service time at once (other nodes within 30 seconds). */
    void finished(Ticket t) {
        RecentTimes recent = services.get(key(t.siteId(), t.businessDate(), t.serviceCode()));
        if (recent != null && t.calledAt() != null && t.finishedAt() != null) {
            recent.add(Duration.between(t.calledAt(), t.finishedAt()));
        }
    }

    /** The latest service times of one service, newest first. */
    private static final class RecentTimes {
        static final int KEEP = 20;
        private final ArrayDeque<Duration> times;
        final long loadedNanos;

        RecentTimes(List<Duration> newestFirst, long loadedNanos) {
            this.times = new ArrayDeque<>(newestFirst);
            this.loadedNanos = loadedNanos;
        }

        synchronized void add(Duration d) {
            times.addFirst(d);
            while (times.size() > KEEP) {
                times.removeLast();
            }
        }

        synchronized List<Duration> snapshot() {
            return List.copyOf(times);
        }
    }
}
