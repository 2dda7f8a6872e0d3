package org.servicehall.casework.internal.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.servicehall.casework.Light;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** What the casework screens show alike: a light as a coloured badge, days and times in the reader's language. */
final class CaseBadges {
    private CaseBadges() {
    }

    static Span light(Light light) {
        Span s = new Span(UI.getCurrent().getTranslation("light." + light.name()));
        String background = switch (light) {
            case GREEN -> "var(--lumo-success-color)";
            case YELLOW -> "#f2b705";
            case RED -> "var(--lumo-error-color)";
        };
        s.getStyle().set("background", background).set("color", light == Light.YELLOW ? "black" : "white").set("padding", "0 .5em")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-weight", "600");
        s.getElement().setAttribute("data-light", light.name());
        return s;
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A day as the reader writes it (2026年10月12日, 12 Oct 2026); "–" for none. */
    static String day(LocalDate day) {
        return day == null ? "–" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** A moment in the hall's zone, 24-hour. */
    static String time(Instant at, ZoneId zone) {
        return at == null ? "–" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale()).format(at.atZone(zone));
    }
}
