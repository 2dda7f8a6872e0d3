package org.servicehall.queue.internal.ui;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.IssuingStatus.Reason;

/**
 * Q1: what the kiosk's start screen shows, in plain Java: whether the whole hall takes no tickets
 * now (then one clear "closed" screen instead of buttons that fail), and the wait as a citizen
 * reads it (whole minutes, rounded up, from the same prediction the dashboard shows).
 */
final class KioskRules {
    /** Reasons that hold for the whole hall at once (its hours and calendar), not for one service. */
    private static final Set<Reason> HALL_CLOSED = EnumSet.of(Reason.NOT_A_WORKING_DAY, Reason.BEFORE_OPENING, Reason.CLOSED_FOR_THE_DAY);

    private KioskRules() {
    }

    /**
     * The hall is closed when no service it offers takes tickets because of its hours or calendar:
     * the status to explain it (why and when issuing opens again); empty while any service may be
     * taken or only some windows are closed.
     */
    static Optional<IssuingStatus> hallClosed(List<IssuingStatus> statuses) {
        List<IssuingStatus> offered = statuses.stream().filter(s -> s.reason() != Reason.NOT_OFFERED).toList();
        if (offered.isEmpty() || offered.stream().anyMatch(s -> !HALL_CLOSED.contains(s.reason()))) {
            return Optional.empty();
        }
        return Optional.of(offered.get(0));
    }

    /** Whether a service is offered at the kiosk at all (its sector plugin runs). */
    static boolean shown(IssuingStatus status) {
        return status != null && status.reason() != Reason.NOT_OFFERED;
    }

    /**
     * The predicted wait in whole minutes as the ticket says it: rounded up (a wait of 4 min 10 s
     * is "about 5 minutes"); 0 when nobody is ahead.
     */
    static long minutes(Duration predicted) {
        if (predicted == null || predicted.isZero() || predicted.isNegative()) {
            return 0;
        }
        long m = predicted.toMinutes();
        return predicted.equals(Duration.ofMinutes(m)) ? m : m + 1;
    }
}
