package org.servicehall.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves: it stands where it is set and advances only when asked, so rules that
 * depend on time (late clock-ins, deadlines, waiting times) are tested at the exact second. Hand
 * it to the code under test wherever that takes a {@link Clock}.
 *
 * <pre>{@code
 * MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE); // Monday 30 November 2026, 09:00 in Shanghai
 * clock.advanceMinutes(15);
 * clock.set(MutableClock.MONDAY_NINE.plusDays(1));
 * }</pre>
 *
 * <p>Thread-safe: code under test may read it on other threads while the test moves it.
 * {@link #withZone} gives a view in another zone that moves with this clock.
 */
public final class MutableClock extends Clock {
    /** The halls' zone in the tests (China Standard Time, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A working day (Monday 30 November 2026) at 09:00, when the test halls open. */
    public static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0);

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock in {@link #ZONE} standing at the local time given. */
    public MutableClock(LocalDateTime local) {
        this(local, ZONE);
    }

    /** A clock in the zone given, standing at the local time given there. */
    public MutableClock(LocalDateTime local, ZoneId zone) {
        this(new AtomicReference<>(local.atZone(zone).toInstant()), zone);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock to the local time given, in this clock's zone (forwards or back). */
    public void set(LocalDateTime local) {
        now.set(local.atZone(zone).toInstant());
    }

    /** Moves the clock to the instant given (forwards or back). */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock forwards by the duration given (back when it is negative). */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Moves the clock forwards by whole minutes. */
    public void advanceMinutes(long minutes) {
        advance(Duration.ofMinutes(minutes));
    }

    /** The time the clock stands at, in its zone. */
    public LocalDateTime local() {
        return LocalDateTime.ofInstant(now.get(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen in another zone: setting or advancing either moves both. */
    @Override
    public MutableClock withZone(ZoneId other) {
        return other.equals(zone) ? this : new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
