package org.servicehall.conduct.internal.discipline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;

/**
 * C4 random inspection schedule: {@code count} slots in an ISO week, each on a working day of the
 * site, at a minute within opening hours, at a random window. The same seed, week, calendar,
 * hours and windows always give the same plan, so a plan can be checked afterwards.
 */
public final class InspectionPlanner {
    static final int MAX_SLOTS = 100;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** One planned check. */
    public record PlannedSlot(LocalDateTime at, int windowNumber) {
    }

    private InspectionPlanner() {
    }

    /** Monday of an ISO week such as {@code 2026-W49}. */
    public static LocalDate mondayOf(String isoWeek) {
        Matcher m = isoWeek == null ? null : WEEK.matcher(isoWeek.trim());
        if (m == null || !m.matches()) {
            throw ValidationException.of("week", DisciplineRules.TEXTS.message("discipline.error.isoWeek", isoWeek));
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            throw ValidationException.of("week", DisciplineRules.TEXTS.message("discipline.error.noSuchWeek", year, week));
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The ISO week of a day, as {@code 2026-W49}. */
    public static String weekOf(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Draws the plan.
     *
     * @param isWorkingDay the site's working-day calendar
     * @param opensAt first minute a check may fall on
     * @param closesAt checks fall before it
     * @throws org.servicehall.common.ValidationException for a bad week or count
     * @throws HallException when the week has no working day, the site no window or no opening hours
     */
    public static List<PlannedSlot> plan(String isoWeek, int count, long seed, Predicate<LocalDate> isWorkingDay, LocalTime opensAt,
            LocalTime closesAt, Set<Integer> windowNumbers) {
        Validator v = new Validator();
        v.range("count", count, 1, MAX_SLOTS);
        v.throwIfInvalid();
        LocalDate monday = mondayOf(isoWeek);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if (isWorkingDay.test(monday.plusDays(i))) {
                days.add(monday.plusDays(i));
            }
        }
        if (days.isEmpty()) {
            throw new HallException(DisciplineRules.TEXTS.message("discipline.error.noWorkingDay", isoWeek));
        }
        if (windowNumbers.isEmpty()) {
            throw new HallException(DisciplineRules.TEXTS.message("discipline.error.noWindow"));
        }
        long minutes = opensAt == null || closesAt == null ? 0 : ChronoUnit.MINUTES.between(opensAt, closesAt);
        if (minutes <= 0) {
            throw new HallException(DisciplineRules.TEXTS.message("discipline.error.noHours", String.valueOf(opensAt), String.valueOf(closesAt)));
        }
        List<Integer> windows = new ArrayList<>(new TreeSet<>(windowNumbers));
        long distinct = days.size() * minutes * windows.size();
        if (count > distinct) {
            throw ValidationException.of("count", DisciplineRules.TEXTS.message("discipline.error.tooManyChecks", count, distinct));
        }
        Random random = new Random(seed);
        Set<PlannedSlot> slots = new LinkedHashSet<>();
        while (slots.size() < count) {
            LocalDate day = days.get(random.nextInt(days.size()));
            LocalTime time = opensAt.plusMinutes(random.nextInt((int) minutes));
            int window = windows.get(random.nextInt(windows.size()));
            slots.add(new PlannedSlot(LocalDateTime.of(day, time), window));
        }
        List<PlannedSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(PlannedSlot::at).thenComparing(PlannedSlot::windowNumber));
        return sorted;
    }
}
