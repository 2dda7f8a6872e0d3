package org.servicehall.admincenter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicehall.casework.Case;
import org.servicehall.casework.Light;
import org.servicehall.site.TimeLimitClass;

/**
 * AC2 (T1, T3): the weekly report to the centre office — the centre's cases by back-office unit and
 * by light (electronic supervision): accepted and completed in the week, completed in time or late,
 * and the open ones green, yellow and red at the report's making; by time-limit class as well. Plain Java.
 *
 * @param weekStart the Monday of the week (the site's days)
 */
public record WeeklyReport(LocalDate weekStart, List<Row> rows, Row total) {
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(0[1-9]|[1-4]\\d|5[0-3])");
    /** The front window's key (cases never routed). */
    public static final String FRONT = "";

    /**
     * One line: a unit's figures ({@link #FRONT} for the front window).
     *
     * @param classes how many of the week's accepted cases are same day, ≤ 3 days, ≤ 1 week (AC2)
     */
    public record Row(String unit, long accepted, long completed, long inTime, long late, long green, long yellow, long red,
            long sameDay, long threeDays, long oneWeek) {
        Row plus(Row o) {
            return new Row(unit, accepted + o.accepted, completed + o.completed, inTime + o.inTime, late + o.late, green + o.green,
                    yellow + o.yellow, red + o.red, sameDay + o.sameDay, threeDays + o.threeDays, oneWeek + o.oneWeek);
        }
    }

    /** A case of the centre with the unit that decided it (or holds it), null for the front window. */
    public record Entry(Case c, String unit) {
    }

    public WeeklyReport {
        rows = List.copyOf(rows);
    }

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }

    /** The Monday of an ISO week written {@code 2026-W49}; empty for any other text. */
    public static Optional<LocalDate> isoWeekMonday(String text) {
        Matcher m = text == null ? null : ISO_WEEK.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.MONDAY);
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == Integer.parseInt(m.group(2)) ? Optional.of(monday) : Optional.empty();
    }

    /** The Monday of the week that holds {@code day}. */
    public static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    /**
     * The report of the week from {@code weekStart} (a Monday) over the cases given, dates in the site's zone.
     *
     * @throws IllegalArgumentException when {@code weekStart} is not a Monday
     */
    public static WeeklyReport of(LocalDate weekStart, ZoneId zone, List<Entry> cases) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(weekStart + " is not a Monday");
        }
        LocalDate end = weekStart.plusDays(6);
        Map<String, Row> byUnit = new LinkedHashMap<>();
        for (Entry e : cases) {
            Case c = e.c();
            String unit = e.unit() == null ? FRONT : e.unit();
            boolean acceptedInWeek = in(c.acceptedOn(), weekStart, end);
            LocalDate completedOn = c.completedAt() == null ? null : c.completedAt().atZone(zone).toLocalDate();
            boolean completedInWeek = !c.open() && in(completedOn, weekStart, end);
            boolean open = c.open();
            if (!acceptedInWeek && !completedInWeek && !open) {
                continue;
            }
            boolean late = completedInWeek && c.due() != null && completedOn.isAfter(c.due());
            TimeLimitClass cls = limitClass(c.timeLimit());
            Row r = new Row(unit, acceptedInWeek ? 1 : 0, completedInWeek ? 1 : 0, completedInWeek && !late ? 1 : 0, late ? 1 : 0,
                    open && c.light() == Light.GREEN ? 1 : 0, open && c.light() == Light.YELLOW ? 1 : 0, open && c.light() == Light.RED ? 1 : 0,
                    acceptedInWeek && (cls == TimeLimitClass.SAME_DAY || cls == TimeLimitClass.ON_THE_SPOT) ? 1 : 0,
                    acceptedInWeek && cls == TimeLimitClass.THREE_DAYS ? 1 : 0, acceptedInWeek && cls == TimeLimitClass.ONE_WEEK ? 1 : 0);
            byUnit.merge(unit, r, Row::plus);
        }
        List<Row> rows = new ArrayList<>(byUnit.values());
        rows.sort(Comparator.comparingLong(Row::red).reversed().thenComparing(Comparator.comparingLong(Row::late).reversed())
                .thenComparing(Row::unit));
        Row total = new Row("*", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Row r : rows) {
            total = total.plus(r);
        }
        return new WeeklyReport(weekStart, rows, total);
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static TimeLimitClass limitClass(String timeLimit) {
        try {
            return timeLimit == null || timeLimit.startsWith("LEGAL") ? TimeLimitClass.LEGAL : TimeLimitClass.valueOf(timeLimit);
        } catch (IllegalArgumentException e) {
            return TimeLimitClass.LEGAL;
        }
    }

    /** The columns of the exports, in order: the unit, then a figure of {@link Row} each (their headers are report.col.*). */
    private static final List<String> COLUMNS = List.of("unit", "accepted", "completed", "inTime", "late", "green", "yellow", "red", "sameDay",
            "threeDays", "oneWeek");

    private static long[] figures(Row r) {
        return new long[] { r.accepted(), r.completed(), r.inTime(), r.late(), r.green(), r.yellow(), r.red(), r.sameDay(), r.threeDays(),
                r.oneWeek() };
    }

    /**
     * The report as CSV (UTF-8 with a byte-order mark so spreadsheet programs read the Chinese; the
     * office opens it in Excel or WPS), headers and unit names in the reader's language.
     */
    public String csv(Locale locale, Function<String, String> unitName) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(cell(CentreTexts.text("report.csv.week", locale, weekStart.toString(), weekEnd().toString()))).append("\r\n");
        for (int i = 0; i < COLUMNS.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(CentreTexts.text("report.col." + COLUMNS.get(i), locale)));
        }
        out.append("\r\n");
        for (Row r : rows) {
            line(out, unitName.apply(r.unit()), r);
        }
        line(out, CentreTexts.text("report.total", locale), total);
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Row r) {
        out.append(cell(name));
        for (long v : figures(r)) {
            out.append(',').append(v);
        }
        out.append("\r\n");
    }

    /**
     * The report as an Excel workbook (.xlsx, one sheet): the title line, the headers in bold, a line per unit and the total in
     * bold, figures as numbers; texts in the reader's language, written as text (never a formula).
     */
    public byte[] xlsx(Locale locale, Function<String, String> unitName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "ServiceHall", "1.0");
            Worksheet sheet = book.newWorksheet(CentreTexts.text("report.sheet", locale));
            sheet.value(0, 0, CentreTexts.text("report.csv.week", locale, weekStart.toString(), weekEnd().toString()));
            sheet.style(0, 0).bold().set();
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.value(1, i, CentreTexts.text("report.col." + COLUMNS.get(i), locale));
            }
            sheet.range(1, 0, 1, COLUMNS.size() - 1).style().bold().set();
            int row = 2;
            for (Row r : rows) {
                xlsxLine(sheet, row++, unitName.apply(r.unit()), r);
            }
            xlsxLine(sheet, row, CentreTexts.text("report.total", locale), total);
            sheet.range(row, 0, row, COLUMNS.size() - 1).style().bold().set();
            sheet.width(0, 28);
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void xlsxLine(Worksheet sheet, int row, String name, Row r) {
        sheet.value(row, 0, name == null ? "" : name);
        long[] v = figures(r);
        for (int i = 0; i < v.length; i++) {
            sheet.value(row, i + 1, v[i]);
        }
    }

    /** A CSV cell, quoted when needed; a leading =, +, - or @ is neutralised (no formula injection). */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
