package org.servicehall.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: with a demonstration start ({@code startAt}) two nodes on one database tell the same
 * time when they share the anchor, however far apart they started.
 */
class HallClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The real time, moved on by the test. */
    private static final class RealTime extends Clock {
        private Instant now;

        RealTime(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
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

    private static HallClock.Config config(String startAt, String anchor) {
        return new HallClock.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HallClock.Config.class;
            }

            @Override
            public String zone() {
                return "Asia/Shanghai";
            }

            @Override
            public String startAt() {
                return startAt;
            }

            @Override
            public String startAnchor() {
                return anchor;
            }
        };
    }

    @Test
    void twoNodesStartedMinutesApartWithOneAnchorTellTheSameTime() {
        RealTime real = new RealTime(Instant.parse("2026-12-02T13:00:00Z"));
        HallClock.Config shared = config("2026-11-30T09:30", "2026-12-02T12:55:00Z");
        HallClock a = new HallClock(shared, real);
        real.now = real.now.plus(Duration.ofMinutes(7)); // the second node starts 7 minutes later
        HallClock b = new HallClock(shared, real);
        assertEquals(a.instant(), b.instant());
        // at the anchor the clock reads startAt; 12 minutes later it reads 09:42
        assertEquals(LocalDateTime.parse("2026-11-30T09:42"), LocalDateTime.ofInstant(b.instant(), SHANGHAI));
    }

    @Test
    void withoutAnAnchorEachNodeStartsAtStartAtWhenItStarts() {
        RealTime real = new RealTime(Instant.parse("2026-12-02T13:00:00Z"));
        HallClock a = new HallClock(config("2026-11-30T09:30", ""), real);
        assertEquals(LocalDateTime.parse("2026-11-30T09:30"), LocalDateTime.ofInstant(a.instant(), SHANGHAI));
        real.now = real.now.plus(Duration.ofMinutes(7));
        HallClock b = new HallClock(config("2026-11-30T09:30", ""), real);
        assertNotEquals(a.instant(), b.instant(), "each started its own demonstration day");
        assertEquals(Duration.ofMinutes(7), Duration.between(b.instant(), a.instant()));
    }

    @Test
    void withoutStartAtTheClockIsRealTime() {
        RealTime real = new RealTime(Instant.parse("2026-12-02T13:00:00Z"));
        assertEquals(real.now, new HallClock(config("", "2026-12-02T12:55:00Z"), real).instant());
    }
}
