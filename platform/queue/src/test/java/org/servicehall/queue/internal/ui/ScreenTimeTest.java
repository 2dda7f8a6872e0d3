package org.servicehall.queue.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.site.Site;

/** Q7 (issue 12, Time): the public screens show the hall's own time, 24-hour, 年月日 in Chinese, whatever the server's zone. */
class ScreenTimeTest {
    /** 01:30 UTC on Monday 30 November 2026 is 09:30 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-30T01:30:00Z");
    private static final Site HALL = new Site(1, "DEMO", "演示服务大厅", null, LocalTime.of(9, 0), LocalTime.of(17, 0),
            ZoneId.of("Asia/Shanghai"));
    private final ScreenTime time = new ScreenTime(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theBoardShowsTheHallsTimeAndDateInChineseOnAServerInUtc_Q7() {
        assertEquals("09:30", time.now(HALL, "HH:mm", Locale.SIMPLIFIED_CHINESE));
        assertEquals("2026年11月30日 星期一", time.now(HALL, "yyyy年M月d日 EEEE", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Monday 30 November 2026", time.now(HALL, "EEEE d MMMM yyyy", Locale.ENGLISH));
    }

    @Test
    void todayIsTheHallsDay_Q1() {
        assertTrue(time.isToday(HALL, Instant.parse("2026-11-30T15:59:00Z")), "23:59 in Shanghai");
        assertFalse(time.isToday(HALL, Instant.parse("2026-11-30T16:00:00Z")), "midnight in Shanghai: tomorrow");
        assertEquals("", time.format(HALL, null, "HH:mm", Locale.ENGLISH));
        assertEquals("17:00", ScreenTime.hours(LocalTime.of(17, 0)));
    }
}
