package org.servicehall.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A light public page (DESIGN §1): a page that every citizen's phone or the hall's TV may open
 * (following a ticket, a report slip, a ready board), served over the REST API with no console
 * session and written once on the server in the reader's language; the page's own script then
 * asks the public JSON again or follows server-sent events. The page is an HTML template in the
 * contributing bundle's package ({@link #of(Class, String)}) whose marks {@code {{key}}} are
 * filled with values escaped and {@code {{{key}}}} with HTML the caller wrote, as it is
 * ({@link #fill(Map)}). A template may also use {@code {{{phoneStyle}}}} inside its
 * {@code <style>}: the common look of the hall's phone pages (the page, the language links
 * {@code nav.lang}, the hall's name {@code #hall}, {@code .card} and {@code .label}).
 *
 * <pre>
 * private static final LightPage SLIP = LightPage.of(PublicPages.class, "slip.html");
 * Locale reader = LightPage.reader(lang, headers.getAcceptableLanguages());
 * return Response.ok(SLIP.fill(Map.of("lang", LightPage.languageTag(reader), "number", number))).type(LightPage.HTML).build();
 * </pre>
 *
 * @since 1.5
 */
public final class LightPage {
    /** The media type of a light page: HTML in UTF-8. */
    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final String PHONE_STYLE_KEY = "phoneStyle";
    private static final String PHONE_STYLE = """
            body { font-family: system-ui, sans-serif; margin: 0; padding: 1em 1.2em 2em; text-align: center; background: #f5f7fa; color: #1a2330; font-size: 1.1em; }
              nav.lang { text-align: right; font-size: .9em; }
              nav.lang a { color: #0b5cad; padding: .4em; display: inline-block; }
              #hall { font-size: 1.25em; font-weight: bold; margin: .4em 0 .8em; overflow-wrap: anywhere; }
              .card { background: #fff; border-radius: 12px; padding: 1em; margin: .8em 0; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
              .label { color: #4a5565; }""";
    private final String template;

    private LightPage(String template) {
        this.template = template;
    }

    /**
     * The template {@code name} next to {@code owner} in its bundle (a resource of {@code owner}'s
     * package), read once; a missing one fails at once, named.
     */
    public static LightPage of(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing next to " + owner.getName() + " in its bundle");
            }
            return new LightPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + " next to " + owner.getName() + " cannot be read", e);
        }
    }

    /**
     * The page: each {@code {{key}}} replaced by its value escaped ({@link #escape(String)}), each
     * {@code {{{key}}}} by its value as it is (HTML the caller wrote), a null value by nothing;
     * {@code {{{phoneStyle}}}} is the phone pages' common look unless {@code values} name it. A mark
     * with no value stays as it is, and a value's own text is never read for marks.
     */
    public String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            boolean raw = template.startsWith("{{{", open);
            int start = open + (raw ? 3 : 2);
            int close = template.indexOf(raw ? "}}}" : "}}", start);
            String key = close < 0 ? null : template.substring(start, close);
            boolean known = key != null && (values.containsKey(key) || PHONE_STYLE_KEY.equals(key) && raw);
            if (!known) {
                out.append(template, at, open + 1);
                at = open + 1;
                continue;
            }
            String value = values.containsKey(key) ? values.get(key) : PHONE_STYLE;
            value = value == null ? "" : value;
            out.append(template, at, open).append(raw ? value : escape(value));
            at = close + (raw ? 3 : 2);
        }
        return out.append(template, at, template.length()).toString();
    }

    /**
     * The reader's language: the page's own choice ({@code lang=zh-CN} or {@code en}, from its
     * language links), else the first language the request names ({@code Accept-Language}), Chinese
     * (the hall's) when it names none; every language but English reads Chinese.
     */
    public static Locale reader(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        Locale first = acceptable == null ? null
                : acceptable.stream().filter(l -> !"*".equals(l.getLanguage()) && !l.getLanguage().isEmpty()).findFirst().orElse(null);
        return first == null || "zh".equals(first.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The page's {@code lang} attribute for the reader: {@code zh-CN} or {@code en}. */
    public static String languageTag(Locale reader) {
        return "zh".equals(reader.getLanguage()) ? "zh-CN" : "en";
    }

    /** {@code text} safe in HTML text and in a quoted attribute: {@code < > & " '} escaped. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A readable 404 page in the reader's language that says {@code text} (what was not found),
     * for a phone that opened an address that leads nowhere; its paragraph is {@code #not-found}.
     */
    public static Response notFound(String text, Locale reader) {
        return Response.status(Response.Status.NOT_FOUND).type(HTML).entity("<!DOCTYPE html><html lang=\"" + languageTag(reader) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(text)
                + "</title></head><body style=\"font-family: system-ui, sans-serif; padding: 1.2em\"><p id=\"not-found\" style=\"color: #b00020; "
                + "font-size: 1.3em\">" + escape(text) + "</p></body></html>").build();
    }
}
