package org.servicehall.queue.internal;

import java.time.Duration;
import java.util.List;

/**
 * Q4: how long a waiting ticket will still wait: the people ahead shared among the windows that
 * serve the service, times the recent average service time (a configured default until there is
 * history). Plain Java.
 */
final class WaitPredictor {
    private final Duration defaultServiceTime;

    WaitPredictor(Duration defaultServiceTime) {
        this.defaultServiceTime = defaultServiceTime;
    }

    /** The average of the recent service times given (call to finish), or the default. */
    Duration averageServiceTime(List<Duration> recent) {
        if (recent.isEmpty()) {
            return defaultServiceTime;
        }
        long total = 0;
        for (Duration d : recent) {
            total += d.toMillis();
        }
        return Duration.ofMillis(total / recent.size());
    }

    /**
     * @param peopleAhead tickets that will be called before this one
     * @param openWindows open windows serving the service; 0 means nobody serves it now
     */
    Duration remainingWait(int peopleAhead, int openWindows, Duration averageServiceTime) {
        int windows = Math.max(1, openWindows);
        // the rounds of calls before this ticket's turn, each taking one service time
        long rounds = (Math.max(0, peopleAhead) + windows - 1) / windows;
        return averageServiceTime.multipliedBy(rounds);
    }
}
