package org.servicehall.casework.notice;

import java.util.Locale;

/**
 * A text of a checklist in Chinese and English, as sector plugins ship it: the English falls back to
 * the Chinese.
 *
 * @param zh the Simplified Chinese text (may be empty for an optional field)
 * @param en the English text
 */
public record Wording(String zh, String en) {
    public static final Wording NONE = new Wording("", "");

    public Wording {
        zh = zh == null ? "" : zh.strip();
        en = en == null || en.isBlank() ? zh : en.strip();
    }

    public static Wording of(String zh) {
        return new Wording(zh, null);
    }

    /** The text in the reader's language: Chinese for any {@code zh} locale, else English. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    public boolean isEmpty() {
        return zh.isEmpty();
    }
}
