package org.servicehall.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void standsWhereItIsSetInTheHallsZoneAndMovesOnlyWhenAsked() throws InterruptedException {
        MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
        assertEquals(ZoneId.of("Asia/Shanghai"), clock.getZone());
        assertEquals(Instant.parse("2026-11-30T01:00:00Z"), clock.instant(), "09:00 in Shanghai is 01:00 UTC");
        Thread.sleep(5);
        assertEquals(Instant.parse("2026-11-30T01:00:00Z"), clock.instant(), "it does not run by itself");

        clock.advanceMinutes(15);
        assertEquals(LocalDateTime.of(2026, 11, 30, 9, 15), clock.local());
        clock.advance(Duration.ofSeconds(-1));
        assertEquals(LocalDateTime.of(2026, 11, 30, 9, 14, 59), LocalDateTime.now(clock));
        clock.set(LocalDateTime.of(2026, 12, 1, 8, 0));
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), clock.instant());
        clock.set(Instant.EPOCH);
        assertEquals(0, clock.millis());
    }

    @Test
    void aZoneOfItsOwnOrAViewInAnotherZoneThatMovesWithIt() {
        MutableClock utc = new MutableClock(LocalDateTime.of(2026, 11, 30, 1, 0), ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-11-30T01:00:00Z"), utc.instant());
        MutableClock shanghai = utc.withZone(MutableClock.ZONE);
        assertSame(utc, utc.withZone(ZoneOffset.UTC));
        assertEquals(LocalDateTime.of(2026, 11, 30, 9, 0), shanghai.local());
        shanghai.advanceMinutes(30);
        assertEquals(LocalDateTime.of(2026, 11, 30, 1, 30), utc.local(), "moving the view moves the clock");
        utc.set(LocalDateTime.of(2026, 11, 30, 2, 0));
        assertEquals(LocalDateTime.of(2026, 11, 30, 10, 0), shanghai.local());
    }

    @Test
    void advancesFromSeveralThreadsLoseNoStep() throws InterruptedException {
        MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    clock.advance(Duration.ofMillis(1));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(MutableClock.MONDAY_NINE.plusSeconds(4), clock.local());
    }
}
