package org.servicehall.common;

import java.util.Locale;
import java.util.Optional;

/**
 * Which characters a text may hold that reaches a citizen or a board (a step phrase, a hand-off
 * note, a notice, a complaint's feedback). Refused, because they are invisible on screen or change
 * how the rest of the text reads:
 * <ul>
 * <li>C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F); a multi-line text may hold line
 * feeds, carriage return + line feed pairs and tabs;</li>
 * <li>bidirectional controls: marks U+200E, U+200F, U+061C, embeddings and overrides
 * U+202A–U+202E, isolates U+2066–U+2069 (a right-to-left override turns "A012 → 3" into a
 * different text on the board);</li>
 * <li>the byte-order mark / zero-width no-break space U+FEFF and the line and paragraph separators
 * U+2028, U+2029 (use a line feed);</li>
 * <li>unpaired surrogates, which are no character at all (and which PostgreSQL cannot store).</li>
 * </ul>
 * Plain Java; {@link Validator#citizenText(String, String, boolean)} uses it.
 */
public final class CitizenText {
    private static final Texts TEXTS = Texts.of(CitizenText.class, "common");

    private CitizenText() {
    }

    /**
     * What is wrong with the text, or empty if it may be shown: the first refused character with
     * its code point, its position (counted in characters from 1) and its Unicode name.
     *
     * @param multiLine whether line feeds and tabs are allowed (notes, descriptions), or not
     *        (phrases, names, titles)
     */
    public static Optional<String> problem(String text, boolean multiLine) {
        return problemMessage(text, multiLine).map(Message::toString);
    }

    /**
     * What is wrong with the text, as {@link #problem} says it, in the reader's language (a form shows
     * it beside the field in Chinese or English): the kind of character, its code point, its Unicode
     * name and its position.
     *
     * @since 1.3
     */
    public static Optional<Message> problemMessage(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            position++;
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a whole supplementary character (an emoji, a rare 汉字): fine
                    continue;
                }
                return Optional.of(describe("surrogate", c, position));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(describe("surrogate", c, position));
            }
            if (c == '\n' || c == '\t') {
                if (!multiLine) {
                    return Optional.of(describe(c == '\n' ? "lineBreak" : "tab", c, position));
                }
                continue;
            }
            if (c == '\r') {
                if (multiLine && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue; // a line break as Windows and HTML forms send it
                }
                return Optional.of(describe(multiLine ? "carriageReturn" : "lineBreak", c, position));
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of(describe("control", c, position));
            }
            if (isBidiControl(c)) {
                return Optional.of(describe("direction", c, position));
            }
            if (c == '\uFEFF') {
                return Optional.of(describe("invisible", c, position));
            }
            if (c == '\u2028' || c == '\u2029') {
                return Optional.of(describe(multiLine ? "separator" : "separatorOneLine", c, position));
            }
        }
        return Optional.empty();
    }

    /** Whether the character is one of the bidirectional formatting controls. */
    public static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static Message describe(String kind, char c, int position) {
        String name = Character.getName(c);
        return TEXTS.message("common.text." + kind, "U+" + String.format(Locale.ROOT, "%04X", (int) c) + (name == null ? "" : " (" + name + ")"),
                position);
    }
}
