package org.servicehall.web;

import java.util.List;

/**
 * One live figure on the console's home page, e.g. "waiting: 21" or "cases due today: 2".
 *
 * @param id a stable id, unique on the page (the page's element id is {@code figure-<id>})
 * @param group the menu group it belongs to ({@link ViewInfo#QUEUE}, {@link ViewInfo#STAFF}, …)
 * @param order position among the figures, lower first
 * @param labelKey the translation key of its label (from HALL-INF/i18n)
 * @param value the figure
 * @param tone how it reads: {@link Tone#ALERT} when something needs doing now
 * @param link the console path that shows the details (e.g. {@code supervisor}), or null
 * @param detailKey the translation key of a line under the figure, or null
 * @param detailArgs the arguments of that line (numbers, names)
 * @since 1.5
 */
public record HomeFigure(String id, String group, int order, String labelKey, long value, Tone tone, String link, String detailKey,
        List<Object> detailArgs) {

    /** How a figure reads at a glance. */
    public enum Tone {
        NORMAL, GOOD, WARNING, ALERT
    }

    public HomeFigure {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a home figure's id is lower-case letters, digits and '-': " + id);
        }
        if (labelKey == null || labelKey.isBlank()) {
            throw new IllegalArgumentException("home figure '" + id + "' needs a label key");
        }
        group = group == null || !ViewInfo.GROUPS.contains(group) ? ViewInfo.HOME : group;
        tone = tone == null ? Tone.NORMAL : tone;
        detailArgs = detailArgs == null ? List.of() : List.copyOf(detailArgs);
    }

    /** A figure without a detail line. */
    public HomeFigure(String id, String group, int order, String labelKey, long value, Tone tone, String link) {
        this(id, group, order, labelKey, value, tone, link, null, List.of());
    }
}
