package org.servicehall.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A1: the weekly roster: a staff member staffs a window on a weekday, every working week, from
 * {@code validFrom} (the day it was added) until {@code validTo} (the day before it was removed;
 * null while it is in force), so past months keep the roster they were worked to.
 */
public record ShiftTemplate(long id, long siteId, long staffId, DayOfWeek day, int windowNumber, LocalTime start, LocalTime end,
        LocalDate validFrom, LocalDate validTo) {

    /** Whether the template rosters on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
