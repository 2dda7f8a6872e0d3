package org.servicehall.site;

import java.time.LocalDate;

/**
 * A day that differs from the usual week (T2): a public holiday on a weekday, or a make-up working
 * day (调休上班) on a weekend.
 */
public record CalendarDay(LocalDate date, Kind kind, String note) {
    public enum Kind {
        HOLIDAY, MAKEUP_WORKDAY
    }
}
