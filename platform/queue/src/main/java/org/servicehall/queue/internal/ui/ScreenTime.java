package org.servicehall.queue.internal.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.servicehall.site.Site;

/**
 * The time as the public screens show it: the platform's clock (which moves with a demo start time)
 * in the hall's own zone ({@link Site#zone}), 24-hour, with the patterns of the reader's language (年月日 in Chinese).
 */
final class ScreenTime {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private final Clock clock;

    ScreenTime(Clock clock) {
        this.clock = clock;
    }

    /** The hall's own zone, whatever the server's is. */
    ZoneId zone(Site site) {
        return site.zone();
    }

    Instant now() {
        return clock.instant();
    }

    boolean isToday(Site site, Instant at) {
        return LocalDate.ofInstant(at, zone(site)).equals(LocalDate.ofInstant(clock.instant(), zone(site)));
    }

    /** The instant in the hall's zone with a pattern of the reader's language; empty for none. */
    String format(Site site, Instant at, String pattern, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone(site)));
    }

    /** Now in the hall's zone, with a pattern of the reader's language. */
    String now(Site site, String pattern, Locale locale) {
        return format(site, clock.instant(), pattern, locale);
    }

    static String hours(LocalTime time) {
        return time.format(HOURS);
    }
}
