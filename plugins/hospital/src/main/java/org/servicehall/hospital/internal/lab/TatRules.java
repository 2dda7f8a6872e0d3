package org.servicehall.hospital.internal.lab;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * H4 turnaround times as plain Java: a specimen's limit from its class and sampling time, the
 * warning point (a share of the time allowed, 80 % by default), the state at a moment, and the
 * P50/P90 of reported turnaround times. A report exactly at the limit is on time; one instant later
 * it is late.
 */
public final class TatRules {
    private TatRules() {
    }

    /**
     * The limit of a specimen sampled at {@code sampledAt}.
     *
     * @param appointmentAt the agreed time of a special test (ignored otherwise)
     * @throws IllegalArgumentException for an appointment class without a time after sampling
     */
    public static Instant dueAt(TatClass c, Instant sampledAt, ZoneId zone, Instant appointmentAt) {
        return switch (c.kind()) {
            case MINUTES -> sampledAt.plus(Duration.ofMinutes(c.limitMinutes()));
            case SAME_DAY -> sampledAt.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
            case APPOINTMENT -> {
                if (appointmentAt == null || !appointmentAt.isAfter(sampledAt)) {
                    throw new IllegalArgumentException("a special test needs its agreed report time after sampling");
                }
                yield appointmentAt;
            }
        };
    }

    /** The moment the warning fires: {@code warnPercent} of the way from sampling to the limit. */
    public static Instant warnAt(TatClass c, Instant sampledAt, Instant dueAt) {
        long allowed = Duration.between(sampledAt, dueAt).toMillis();
        return sampledAt.plusMillis(allowed * c.warnPercent() / 100);
    }

    public static TatState state(Specimen s, Instant now) {
        return switch (s.status()) {
            case ORDERED -> TatState.NOT_SAMPLED;
            case REPORTED -> s.reportedAt().isAfter(s.dueAt()) ? TatState.REPORTED_LATE : TatState.REPORTED_ON_TIME;
            case SAMPLED -> now.isAfter(s.dueAt()) ? TatState.BREACHED : now.isBefore(s.warnAt()) ? TatState.ON_TIME : TatState.WARNING;
        };
    }

    /**
     * The nearest-rank percentile ({@code p} from 1 to 100) of the durations, or null when there
     * are none: P50 of 1, 2, 3, 4 minutes is 2, P90 is 4.
     */
    public static Duration percentile(List<Duration> durations, int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("a percentile is 1 to 100: " + p);
        }
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
