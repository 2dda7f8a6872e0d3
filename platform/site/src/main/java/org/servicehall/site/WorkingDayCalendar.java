package org.servicehall.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A site's working days (T2): Monday to Friday, except holidays, plus make-up working days.
 * Deadlines are counted on it, never with {@code LocalDate.plusDays}. Immutable.
 */
public final class WorkingDayCalendar {
    /** Enough for any legal time limit (365 working days) over a run of holidays. */
    private static final int MAX_SCAN_DAYS = 3 * 366;

    private final Set<DayOfWeek> weekend;
    private final Map<LocalDate, CalendarDay> special;

    public WorkingDayCalendar(Collection<CalendarDay> days) {
        this(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), days);
    }

    public WorkingDayCalendar(Set<DayOfWeek> weekend, Collection<CalendarDay> days) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        TreeMap<LocalDate, CalendarDay> map = new TreeMap<>();
        days.forEach(d -> map.put(d.date(), d));
        this.special = map;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = special.get(date);
        if (day != null) {
            return day.kind() == CalendarDay.Kind.MAKEUP_WORKDAY;
        }
        return !weekend.contains(date.getDayOfWeek());
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i < MAX_SCAN_DAYS; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_SCAN_DAYS + " days after " + date);
    }

    /**
     * The day by which something started on {@code start} and allowed {@code workingDays} working
     * days is due: with 0 days the same day (or the next working day when {@code start} is not one);
     * with n days, the n-th working day after {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate d = onOrAfter(start);
        if (workingDays == 0) {
            return d;
        }
        int counted = 0;
        LocalDate cursor = start;
        for (int i = 0; i < MAX_SCAN_DAYS * 2; i++) {
            cursor = cursor.plusDays(1);
            if (isWorkingDay(cursor) && ++counted == workingDays) {
                return cursor;
            }
        }
        throw new IllegalStateException("no " + workingDays + " working days after " + start + " in the calendar");
    }

    /**
     * The {@code workingDays}-th working day before {@code date} (the day of a reminder one working
     * day before a deadline, say); with 0 days {@code date} itself.
     *
     * @since 1.3
     */
    public LocalDate workingDaysBefore(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        int counted = 0;
        LocalDate cursor = date;
        for (int i = 0; counted < workingDays; i++) {
            if (i >= MAX_SCAN_DAYS * 2) {
                throw new IllegalStateException("no " + workingDays + " working days before " + date + " in the calendar");
            }
            cursor = cursor.minusDays(1);
            if (isWorkingDay(cursor)) {
                counted++;
            }
        }
        return cursor;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
