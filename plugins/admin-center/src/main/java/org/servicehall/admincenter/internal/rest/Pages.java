package org.servicehall.admincenter.internal.rest;

import java.util.List;
import java.util.Locale;

import org.servicehall.admincenter.internal.CentreTexts;

import jakarta.ws.rs.core.HttpHeaders;

/** The light public pages' frame (AC1, AC3): plain HTML for phones and for print, texts in the reader's language. */
final class Pages {
    private static final String STYLE = "body{font-family:sans-serif;font-size:18px;margin:1em;max-width:40em;line-height:1.5}"
            + "h1{font-size:1.4em}dt{color:#555;margin-top:.7em}dd{margin:0;font-weight:600}input,select,textarea,button{font-size:18px;"
            + "padding:.3em;margin:.2em 0;width:100%;box-sizing:border-box}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;"
            + "padding:.3em;text-align:left;vertical-align:top}.RED{color:#c00}.YELLOW{color:#a60}.GREEN{color:#080}.error{color:#c00;font-weight:600}.when{font-weight:400;color:#555}"
            + "@media print{.noprint{display:none}body{font-size:12pt;max-width:none}}";

    private Pages() {
    }

    /** The reader's language: {@code ?lang=zh-CN|en}, else Accept-Language, else Chinese. */
    static Locale locale(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        Locale first = accepted.isEmpty() ? Locale.SIMPLIFIED_CHINESE : accepted.get(0);
        return "en".equals(first.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    static StringBuilder start(String title, Locale locale) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(escape(title))
                .append("</h1>");
    }

    static String end(StringBuilder html) {
        return html.append("</body></html>").toString();
    }

    static String text(String key, Locale locale, Object... args) {
        return escape(CentreTexts.text(key, locale, args));
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
