package org.servicehall.complaint.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves: starts where it is told and advances only when asked. Thread-safe. */
final class MutableClock extends Clock {
    /** The halls' zone in the tests. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A working day (Monday) at 09:00 local time. */
    static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0);

    private final ZoneId zone;
    private volatile Instant now;

    MutableClock(LocalDateTime local) {
        this(local.atZone(ZONE).toInstant(), ZONE);
    }

    private MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    void advanceMinutes(long minutes) {
        advance(Duration.ofMinutes(minutes));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
