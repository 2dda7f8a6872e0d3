package org.servicehall.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A1: a change to one day's roster for one staff member: another window or other hours, or a day
 * off ({@code windowNumber}, {@code start} and {@code end} all null). It replaces that staff
 * member's weekly template for the day; on a non-working day it is the only way to roster them.
 */
public record RosterChange(long id, long siteId, long staffId, LocalDate date, Integer windowNumber, LocalTime start, LocalTime end,
        String note) {
    public boolean dayOff() {
        return windowNumber == null;
    }
}
