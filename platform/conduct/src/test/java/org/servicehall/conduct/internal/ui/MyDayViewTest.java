package org.servicehall.conduct.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** What the "my day" screen says about the staff member's clock-in. */
class MyDayViewTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theClockInIsShownToTheSecondAsItIsJudged_A2() {
        // A2 judges on whole seconds: 08:50:00 is on time for a 09:00 window, 08:50:01 late; the screen says which
        Instant late = Instant.parse("2026-11-30T00:50:01Z");
        assertEquals("08:50:01", MyDayView.clockTime(late, SHANGHAI));
        assertEquals("08:50:00", MyDayView.clockTime(Instant.parse("2026-11-30T00:50:00.900Z"), SHANGHAI));
    }
}
