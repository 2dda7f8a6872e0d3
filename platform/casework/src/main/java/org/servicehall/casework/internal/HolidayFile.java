package org.servicehall.casework.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.common.ValidationException.FieldError;
import org.servicehall.site.CalendarDay;

/**
 * T2: reads a yearly holiday table (the State Council's notice as dates) as
 * {@link org.servicehall.casework.HolidayTables} describes it. Checks the whole text and names
 * every wrong line: a missing or second {@code year} line, a day outside the year, a range that
 * runs backwards or over 31 days, a make-up working day that is not a Saturday or Sunday, a day
 * that is both. Plain Java.
 */
final class HolidayFile {
    static final String FIELD = "table";
    private static final int MAX_RANGE_DAYS = 31;

    /** The table read: its year and its days in date order. */
    record Parsed(int year, List<CalendarDay> days) {
        long holidays() {
            return days.stream().filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY).count();
        }

        long workdays() {
            return days.size() - holidays();
        }
    }

    private HolidayFile() {
    }

    static Parsed parse(String text, Texts texts) {
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        Integer year = null;
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            String word = parts[0].toLowerCase();
            if (word.equals("year")) {
                if (year != null) {
                    errors.add(FieldError.of(FIELD, texts.message("error.holidays.secondYear", lineNo)));
                    continue;
                }
                try {
                    year = Integer.parseInt(parts.length > 1 ? parts[1] : "");
                    if (year < 2000 || year > 2100) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of(FIELD, texts.message("error.holidays.badYear", lineNo, line)));
                    year = -1;
                }
                continue;
            }
            CalendarDay.Kind kind = switch (word) {
                case "holiday" -> CalendarDay.Kind.HOLIDAY;
                case "workday" -> CalendarDay.Kind.MAKEUP_WORKDAY;
                default -> null;
            };
            if (kind == null || parts.length < 2) {
                errors.add(FieldError.of(FIELD, texts.message("error.holidays.badLine", lineNo, line)));
                continue;
            }
            if (year == null) {
                errors.add(FieldError.of(FIELD, texts.message("error.holidays.noYear", lineNo)));
                year = -1;
            }
            String note = parts.length > 2 ? parts[2] : "";
            LocalDate from;
            LocalDate to;
            try {
                String[] range = parts[1].split("\\.\\.", 2);
                from = LocalDate.parse(range[0]);
                to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(FIELD, texts.message("error.holidays.badDate", lineNo, parts[1])));
                continue;
            }
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
                errors.add(FieldError.of(FIELD, texts.message("error.holidays.badRange", lineNo, parts[1], MAX_RANGE_DAYS)));
                continue;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (year > 0 && d.getYear() != year) {
                    errors.add(FieldError.of(FIELD, texts.message("error.holidays.otherYear", lineNo, d.toString(), year)));
                    break;
                }
                if (kind == CalendarDay.Kind.MAKEUP_WORKDAY && d.getDayOfWeek() != DayOfWeek.SATURDAY
                        && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    errors.add(FieldError.of(FIELD, texts.message("error.holidays.workdayOnWeekday", lineNo, d.toString())));
                    break;
                }
                CalendarDay before = days.put(d, new CalendarDay(d, kind, note));
                if (before != null) {
                    errors.add(FieldError.of(FIELD, texts.message("error.holidays.twice", lineNo, d.toString())));
                    break;
                }
            }
        }
        if (year == null) {
            errors.add(FieldError.of(FIELD, texts.message("error.holidays.noYear", 1)));
        }
        if (errors.isEmpty() && days.isEmpty()) {
            errors.add(FieldError.of(FIELD, texts.message("error.holidays.empty", year)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Parsed(year, List.copyOf(days.values()));
    }
}
