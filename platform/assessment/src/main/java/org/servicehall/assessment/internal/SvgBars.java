package org.servicehall.assessment.internal;

import java.util.List;
import java.util.Locale;

/**
 * M3: a horizontal bar chart as inline SVG (the console has no chart library): one bar per item,
 * its label on the left and its value on the right, scaled to the largest value. Labels are
 * escaped as XML text.
 */
public final class SvgBars {
    /** One bar. */
    public record Bar(String label, double value) {
    }

    private static final int ROW = 22;
    private static final int LABEL = 160;
    private static final int WIDTH = 640;

    private SvgBars() {
    }

    /** The chart; {@code unit} follows each value (e.g. {@code "%"}), {@code id} is the element id. */
    public static String render(String id, List<Bar> bars, String unit) {
        double max = bars.stream().mapToDouble(Bar::value).filter(v -> !Double.isNaN(v)).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id)).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" style=\"font: 12px sans-serif\">");
        int barSpace = WIDTH - LABEL - 70;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double v = Double.isNaN(bar.value()) ? 0 : Math.max(0, bar.value());
            int w = max <= 0 ? 0 : (int) Math.round(barSpace * v / max);
            int y = i * ROW + 2;
            b.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(escape(bar.label())).append("</text>");
            b.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 6).append("\" fill=\"#1676f3\"><title>").append(escape(bar.label()))
                    .append("</title></rect>");
            b.append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(Double.isNaN(bar.value()) ? "—" : String.format(Locale.ROOT, "%.1f", bar.value())).append(escape(unit))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
