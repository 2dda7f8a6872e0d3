package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.internal.discipline.InspectionPlanner.PlannedSlot;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.WorkingDayCalendar;

class InspectionPlannerTest {
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);
    private static final Set<Integer> WINDOWS = Set.of(1, 2, 3, 7);
    /** 2026-W40: Monday 28 September to Sunday 4 October; 1-4 October are National Day holidays, Sunday 27 September a make-up working day. */
    private static final WorkingDayCalendar NATIONAL_DAY = new WorkingDayCalendar(List.of(
            new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDay.Kind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 2), CalendarDay.Kind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 3), CalendarDay.Kind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 4), CalendarDay.Kind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休")));

    private static List<PlannedSlot> plan(String week, int n, long seed, Predicate<LocalDate> working) {
        return InspectionPlanner.plan(week, n, seed, working, NINE, FIVE, WINDOWS);
    }

    @Test
    void theSameSeedGivesTheSamePlan_C4() {
        List<PlannedSlot> a = plan("2026-W49", 12, 42L, NATIONAL_DAY::isWorkingDay);
        List<PlannedSlot> b = plan("2026-W49", 12, 42L, NATIONAL_DAY::isWorkingDay);
        assertEquals(a, b);
        assertEquals(12, a.size());
        assertNotEquals(a, plan("2026-W49", 12, 43L, NATIONAL_DAY::isWorkingDay), "another seed, another plan");
    }

    @Test
    void slotsFallOnWorkingDaysOfTheWeekWithinOpeningHoursAtExistingWindows_C4() {
        List<PlannedSlot> slots = plan("2026-W40", 60, 7L, NATIONAL_DAY::isWorkingDay);
        LocalDate monday = LocalDate.of(2026, 9, 28);
        for (PlannedSlot s : slots) {
            LocalDate day = s.at().toLocalDate();
            assertTrue(!day.isBefore(monday) && !day.isAfter(monday.plusDays(6)), s + " outside the week");
            assertTrue(NATIONAL_DAY.isWorkingDay(day), s + " on a day off");
            assertTrue(day.getDayOfWeek().getValue() <= DayOfWeek.WEDNESDAY.getValue(), s + " during the holiday");
            assertTrue(!s.at().toLocalTime().isBefore(NINE) && s.at().toLocalTime().isBefore(FIVE), s + " outside opening hours");
            assertTrue(WINDOWS.contains(s.windowNumber()), s + " at an unknown window");
        }
        assertEquals(slots.stream().sorted(java.util.Comparator.comparing(PlannedSlot::at)).toList().stream()
                .map(PlannedSlot::at).toList(), slots.stream().map(PlannedSlot::at).toList(), "by time");
        assertEquals(60, Set.copyOf(slots).size(), "no slot twice");
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayToo_C4() {
        // 2026-W41: Saturday 10 October is a make-up working day
        List<PlannedSlot> slots = plan("2026-W41", 80, 3L, NATIONAL_DAY::isWorkingDay);
        assertTrue(slots.stream().anyMatch(s -> s.at().toLocalDate().equals(LocalDate.of(2026, 10, 10))));
        assertTrue(slots.stream().noneMatch(s -> s.at().toLocalDate().equals(LocalDate.of(2026, 10, 11))));
    }

    @Test
    void aWeekWithoutWorkingDaysOrASiteWithoutWindowsCannotBePlanned_C4() {
        assertThrows(HallException.class, () -> plan("2026-W49", 3, 1L, d -> false));
        assertThrows(HallException.class, () -> InspectionPlanner.plan("2026-W49", 3, 1L, d -> true, NINE, FIVE, Set.of()));
        assertThrows(HallException.class, () -> InspectionPlanner.plan("2026-W49", 3, 1L, d -> true, FIVE, NINE, WINDOWS));
    }

    @Test
    void badWeeksAndCountsAreNamed_C4() {
        assertEquals("week", assertThrows(ValidationException.class, () -> plan("2026-49", 3, 1L, d -> true)).errors().get(0).field());
        assertEquals("week", assertThrows(ValidationException.class, () -> plan("2026-W54", 3, 1L, d -> true)).errors().get(0).field());
        assertEquals("count", assertThrows(ValidationException.class, () -> plan("2026-W49", 0, 1L, d -> true)).errors().get(0).field());
        assertEquals("count", assertThrows(ValidationException.class, () -> plan("2026-W49", 101, 1L, d -> true)).errors().get(0).field());
    }

    @Test
    void isoWeeksAtTheYearBoundary_C4() {
        assertEquals(LocalDate.of(2026, 12, 28), InspectionPlanner.mondayOf("2026-W53"));
        assertEquals(LocalDate.of(2024, 12, 30), InspectionPlanner.mondayOf("2025-W01"));
        assertEquals("2025-W01", InspectionPlanner.weekOf(LocalDate.of(2024, 12, 31)));
        assertThrows(ValidationException.class, () -> InspectionPlanner.mondayOf("2025-W53"));
    }
}
