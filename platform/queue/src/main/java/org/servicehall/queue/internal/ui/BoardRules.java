package org.servicehall.queue.internal.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.servicehall.queue.Board;

/** Q7: what the display board lights up and when it must redraw its calls, in plain Java. */
final class BoardRules {
    private BoardRules() {
    }

    /** The newest of the current calls while it is younger than {@code fresh} (a recall counts as a new call). */
    static Optional<Board.Call> freshest(List<Board.Call> current, Instant now, Duration fresh) {
        return current.stream().filter(c -> c.at() != null).max(Comparator.comparing(Board.Call::at))
                .filter(c -> !c.at().isAfter(now.plusSeconds(1)) && Duration.between(c.at(), now).compareTo(fresh) < 0);
    }

    /** What the call tiles show: the same signature means nothing to redraw (and no highlight restarted). */
    static String signature(List<Board.Call> current) {
        return current.stream().map(c -> c.number() + "@" + c.windowNumber() + "#" + c.recalls()).collect(Collectors.joining(","));
    }
}
