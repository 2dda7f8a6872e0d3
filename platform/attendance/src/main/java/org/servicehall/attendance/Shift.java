package org.servicehall.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A1: one staff member staffs one window on one day from {@code start} (when the window opens for
 * them) to {@code end}. Effective shifts come from the weekly template on working days, replaced
 * by the day's roster changes.
 */
public record Shift(long siteId, LocalDate date, long staffId, String staffNumber, String staffName, int windowNumber,
        LocalTime start, LocalTime end) {
    public Shift {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
