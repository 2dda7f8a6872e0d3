package org.servicehall.attendance;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A1: the weekly roster: a staff member staffs a window on a weekday, every working week. */
public record ShiftTemplate(long id, long siteId, long staffId, DayOfWeek day, int windowNumber, LocalTime start, LocalTime end) {
}
