package org.servicehall.attendance.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A2 is judged to the second (08:50:00 on time for a 09:00 shift, 08:50:01 late), so clock-in,
 * clock-out and leave times are shown to the second wherever a person reads them: screens, CSV,
 * messages and the audit log.
 */
public final class ClockTime {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ClockTime() {
    }

    /** The instant's time of day in the hall's zone, to the second. */
    public static String of(Instant instant, ZoneId zone) {
        return CLOCK_TIME.format(instant.atZone(zone));
    }
}
