package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * M3: CSV for spreadsheet programs: UTF-8 with a byte order mark (so Excel shows Chinese), CRLF line
 * ends, cells quoted when they hold a comma, quote or line break, and text cells that start with
 * {@code = + - @} (or a tab or carriage return) prefixed with an apostrophe so a spreadsheet never
 * runs them as a formula (CSV injection).
 */
public final class Csv {
    /** The byte order mark that starts every document. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    /** Adds a row of text cells (each neutralised and quoted as needed). */
    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object c = cells.get(i);
            out.append(c instanceof Number n ? number(n) : cell(c == null ? "" : c.toString()));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** A text cell: formula characters neutralised, quoted when needed. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A number we formatted ourselves (never a formula); NaN is an empty cell. */
    static String number(Number n) {
        if (n instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "";
        }
        if (n instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
