package org.servicehall.hospital.internal.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** What the hospital's screens show alike: a coloured state badge and times in the hall's zone. */
final class Badges {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private Badges() {
    }

    /** A badge: green (ok), amber (near) or red (missed, refused). */
    static Span badge(String text, String colour, String state) {
        Span s = new Span(text);
        String background = switch (colour) {
            case "green" -> "var(--lumo-success-color)";
            case "amber" -> "#f2b705";
            case "red" -> "var(--lumo-error-color)";
            default -> "var(--lumo-contrast-30pct)";
        };
        s.getStyle().set("background", background).set("color", "amber".equals(colour) ? "black" : "white").set("padding", "0 .5em")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-weight", "600").set("white-space", "nowrap");
        s.getElement().setAttribute("data-state", state);
        return s;
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "–" : TIME.format(at.atZone(zone));
    }

    /** "12 min", "3 h 5 min", "2 d 4 h" in the reader's language; negative: overdue by. */
    static String span(Duration d) {
        UI ui = UI.getCurrent();
        long minutes = Math.abs(d.toMinutes());
        String text;
        if (minutes < 60) {
            text = ui.getTranslation("hospital.minutes", minutes);
        } else if (minutes < 24 * 60) {
            text = ui.getTranslation("hospital.hoursMinutes", minutes / 60, minutes % 60);
        } else {
            text = ui.getTranslation("hospital.daysHours", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        return d.isNegative() ? ui.getTranslation("hospital.overdueBy", text) : text;
    }
}
