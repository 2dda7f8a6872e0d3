package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.WorkingDayCalendar;

/** T2: the yearly holiday table read from its file; every wrong line named, in both languages. */
class HolidayFileTest {

    @Test
    void the2026TableAsDates_T2() {
        HolidayFile.Parsed table = HolidayFile.parse(Holidays2026.text(), CaseParts.TEXTS);
        assertEquals(2026, table.year());
        // National Day 7 (1-7 Oct), New Year 3, Spring Festival 9, Qingming 3, Labour Day 5, Dragon Boat 3, Mid-Autumn 3
        assertEquals(7 + 3 + 9 + 3 + 5 + 3 + 3, table.holidays());
        assertEquals(6, table.workdays());
        WorkingDayCalendar calendar = new WorkingDayCalendar(table.days());
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(d), d + " is a holiday");
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 8)), "Thu 8 Oct: National Day is 1-7 Oct, 7 days");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 20)), "make-up Sunday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "make-up Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 9)));
        assertEquals(new CalendarDay(LocalDate.of(2026, 9, 20), CalendarDay.Kind.MAKEUP_WORKDAY, "国庆节调休上班"),
                table.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 9, 20))).findFirst().orElseThrow());
    }

    @Test
    void everyWrongLineIsNamed_T2() {
        String text = String.join("\n", "year 2026", "holiday 2026-10-08..2026-10-01 backwards", "workday 2026-10-09 a Friday",
                "holiday 2027-01-01 next year", "holiday 2026-13-01 no such month", "vacation 2026-05-01", "holiday 2026-05-01",
                "holiday 2026-05-01 twice", "year 2027");
        ValidationException e = assertThrows(ValidationException.class, () -> HolidayFile.parse(text, CaseParts.TEXTS));
        List<String> messages = e.errors().stream().map(ValidationException.FieldError::message).toList();
        assertEquals(List.of("Line 2: the range 2026-10-08..2026-10-01 must run forwards over at most 31 days.",
                "Line 3: 2026-10-09 is a weekday already: a make-up working day is a Saturday or Sunday.",
                "Line 4: 2027-01-01 is not in 2026.",
                "Line 5: \"2026-13-01\" is not a date (2026-10-01) or a range (2026-10-01..2026-10-07).",
                "Line 6: \"vacation 2026-05-01\" must be \"holiday <date>[..<date>] <note>\" or \"workday <date> <note>\".",
                "Line 8: 2026-05-01 is listed twice.",
                "Line 9: a table holds one year only."), messages);
        assertEquals("第 3 行：2026-10-09 本来就是工作日，调休上班日应是周六或周日。", e.errors().get(1).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aTableNeedsItsYearAndDays_T2() {
        assertEquals("Line 1: the table must start with its year, e.g. \"year 2026\".",
                assertThrows(ValidationException.class, () -> HolidayFile.parse("holiday 2026-10-01", CaseParts.TEXTS)).errors().get(0).message());
        assertEquals("The table of 2026 lists no days.",
                assertThrows(ValidationException.class, () -> HolidayFile.parse("year 2026\n# nothing", CaseParts.TEXTS)).errors().get(0).message());
        assertThrows(ValidationException.class, () -> HolidayFile.parse("", CaseParts.TEXTS));
    }
}
