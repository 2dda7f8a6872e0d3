package org.servicehall.conduct.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the tests set and move, in the halls' zone. */
public final class MutableClock extends Clock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A working day (Monday) at 09:00 local time. */
    public static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0);

    private volatile Instant now;

    public MutableClock(LocalDateTime local) {
        set(local);
    }

    public void set(LocalDateTime local) {
        now = local.atZone(ZONE).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
