package org.servicehall.admincenter.internal;

import java.util.Locale;

/** One field of a service guide in Chinese and English; the English falls back to the Chinese. */
public record GuideText(String zh, String en) {
    public GuideText {
        zh = zh == null ? "" : zh.strip();
        en = en == null || en.isBlank() ? zh : en.strip();
    }

    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
