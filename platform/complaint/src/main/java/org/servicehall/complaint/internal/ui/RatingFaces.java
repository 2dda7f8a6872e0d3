package org.servicehall.complaint.internal.ui;

import org.servicehall.complaint.RatingLevel;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * P1: the five levels as the national 好差评 pads show them: a face of its own colour (green smiling
 * to red frowning) with its word under it, on a tile large enough for any finger.
 */
final class RatingFaces {
    private RatingFaces() {
    }

    /** The colour of a level, dark green (非常满意) to red (非常不满意). */
    static String colour(RatingLevel level) {
        return switch (level) {
            case VERY_SATISFIED -> "#1b7f3b";
            case SATISFIED -> "#4caf50";
            case BASICALLY_SATISFIED -> "#e0a100";
            case DISSATISFIED -> "#ef6c00";
            case VERY_DISSATISFIED -> "#d32f2f";
        };
    }

    /** The face of a level as SVG: the mouth curves up for the good levels and down for the bad ones. */
    static String face(RatingLevel level) {
        int curve = switch (level) {
            case VERY_SATISFIED -> 22;
            case SATISFIED -> 12;
            case BASICALLY_SATISFIED -> 0;
            case DISSATISFIED -> -12;
            case VERY_DISSATISFIED -> -20;
        };
        int mouthY = curve < 0 ? 70 : 62;
        String mouth = level == RatingLevel.VERY_SATISFIED
                ? "<path d='M28 58 Q50 " + (58 + 2 * curve) + " 72 58 Z' fill='#fff'/>"
                : "<path d='M30 " + mouthY + " Q50 " + (mouthY + 2 * curve) + " 70 " + mouthY
                        + "' stroke='#fff' stroke-width='6' fill='none' stroke-linecap='round'/>";
        String brows = level == RatingLevel.VERY_DISSATISFIED
                ? "<path d='M26 30 L42 36 M74 30 L58 36' stroke='#fff' stroke-width='5' stroke-linecap='round'/>" : "";
        return "<svg viewBox='0 0 100 100' width='104' height='104' aria-hidden='true'><circle cx='50' cy='50' r='48' fill='"
                + colour(level) + "'/><circle cx='35' cy='42' r='7' fill='#fff'/><circle cx='65' cy='42' r='7' fill='#fff'/>" + brows
                + mouth + "</svg>";
    }

    /** A tile: the face over the level's word, in the level's colour; {@code rating-level-<LEVEL>} for tests and scripts. */
    static Div tile(RatingLevel level, String word) {
        Div tile = new Div();
        tile.setId("rating-level-" + level.name());
        tile.addClassName("rating-face");
        tile.getElement().setAttribute("role", "button").setAttribute("tabindex", "0").setAttribute("aria-label", word)
                .setAttribute("data-level", level.name());
        tile.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("justify-content", "center").set("gap", "0.4em").set("width", "200px").set("min-height", "190px")
                .set("padding", "0.6em").set("box-sizing", "border-box").set("border-radius", "18px").set("cursor", "pointer")
                .set("border", "4px solid transparent").set("background", "#fff").set("box-shadow", "0 2px 8px rgba(0,0,0,.15)")
                .set("user-select", "none");
        Span label = new Span(word);
        label.getStyle().set("font-size", "1.7rem").set("font-weight", "bold").set("color", colour(level)).set("text-align", "center");
        tile.add(new Html("<span style='line-height:0'>" + face(level) + "</span>"), label);
        return tile;
    }

    /** Marks the chosen tile (a thick border in its colour and a tint), the others plain. */
    static void choose(Div tile, RatingLevel level, boolean chosen) {
        tile.getStyle().set("border-color", chosen ? colour(level) : "transparent").set("background", chosen ? "#f3f8f3" : "#fff")
                .set("transform", chosen ? "scale(1.05)" : "none");
        tile.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
    }
}
