package org.servicehall.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.common.ValidationException;

/**
 * M1: an assessment period, a calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}).
 *
 * @param kind month or quarter
 * @param first the first month of the period (for a quarter January, April, July or October)
 */
public record Period(PeriodKind kind, YearMonth first) implements Comparable<Period> {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        if (kind == PeriodKind.QUARTER && (first.getMonthValue() - 1) % 3 != 0) {
            throw ValidationException.of("period", "a quarter starts in January, April, July or October, not " + first);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month);
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw ValidationException.of("period", "the quarter is " + quarter + "; it must be between 1 and 4");
        }
        return new Period(PeriodKind.QUARTER, YearMonth.of(year, (quarter - 1) * 3 + 1));
    }

    /** The period of the given kind that contains the day. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        YearMonth m = YearMonth.from(day);
        return kind == PeriodKind.MONTH ? month(m) : quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Reads {@code 2026-11} (a month) or {@code 2026-Q4} (a quarter).
     *
     * @throws ValidationException naming the field {@code period} when the text is neither
     */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        try {
            return month(YearMonth.parse(t));
        } catch (DateTimeParseException e) {
            throw ValidationException.of("period", "must be a month like 2026-11 or a quarter like 2026-Q4, not '" + t + "'");
        }
    }

    /** The first day of the period. */
    public LocalDate from() {
        return first.atDay(1);
    }

    /** The last day of the period (inclusive). */
    public LocalDate to() {
        return last().atEndOfMonth();
    }

    /** The last month of the period. */
    public YearMonth last() {
        return kind == PeriodKind.MONTH ? first : first.plusMonths(2);
    }

    /** The period before this one, of the same kind. */
    public Period previous() {
        return new Period(kind, first.minusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    /** The period after this one, of the same kind. */
    public Period next() {
        return new Period(kind, first.plusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    @Override
    public int compareTo(Period o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : kind.compareTo(o.kind);
    }

    /** {@code 2026-11} or {@code 2026-Q4}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return kind == PeriodKind.MONTH ? first.toString() : first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }
}
