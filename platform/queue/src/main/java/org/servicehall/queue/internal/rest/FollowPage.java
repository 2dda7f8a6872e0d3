package org.servicehall.queue.internal.rest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servicehall.common.Texts;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketStatus;
import org.servicehall.site.Site;
import org.servicehall.web.LightPage;

/**
 * The phone page of one ticket (the kiosk ticket's QR code leads here, Q1/Q6), put into words on the
 * server in the reader's language with the hall's name, its first state already written (a
 * {@link LightPage}); the page's script then follows the ticket's events with the same texts
 * (HALL-INF/i18n/follow*.properties).
 */
final class FollowPage {
    static final Texts TEXTS = Texts.of(FollowPage.class, "follow");
    private static final LightPage PAGE = LightPage.of(FollowPage.class, "follow.html");

    private FollowPage() {
    }

    /** The page of {@code p} at {@code site} for {@code reader}; every value is escaped. */
    static String of(Site site, TicketPosition p, Locale reader) {
        return of(site, p, reader, List.of());
    }

    /**
     * The page with the other ways to be served that the service's plugins offer now (TX3 and alike), shown while the ticket
     * waits; every value is escaped, a link only when it is a path under the hall or an http(s) address.
     */
    static String of(Site site, TicketPosition p, Locale reader, List<ServiceOffers.Offer> offers) {
        Ticket t = p.ticket();
        boolean waiting = t.status() == TicketStatus.WAITING;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", LightPage.languageTag(reader));
        values.put("title", say("follow.title", reader, t.number()) + " · " + site.name());
        values.put("name", site.name());
        values.put("site", site.code());
        values.put("numberLabel", say("follow.number", reader));
        values.put("number", t.number());
        values.put("statusName", t.status().name());
        values.put("statusClass", t.status() == TicketStatus.CALLED ? "called" : "");
        values.put("status", say("follow.status." + t.status().name(), reader, window(t.windowNumber())));
        values.put("ahead", waiting ? ahead(p.peopleAhead(), reader) : "");
        values.put("wait", waiting ? say("follow.wait", reader, minutes(p.estimatedWait())) : "");
        values.put("offers", waiting ? offers(offers, reader) : "");
        values.put("texts", script(reader));
        return PAGE.fill(values);
    }

    private static String offers(List<ServiceOffers.Offer> offers, Locale reader) {
        if (offers.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class=\"card\" id=\"offers\"><div class=\"label\">")
                .append(LightPage.escape(say("follow.offers", reader))).append("</div><ul>");
        for (ServiceOffers.Offer o : offers) {
            b.append("<li data-kind=\"").append(o.kind().name()).append("\">");
            String link = o.link();
            if (link != null && (link.startsWith("/") && !link.startsWith("//") || link.startsWith("https://") || link.startsWith("http://"))) {
                b.append("<a href=\"").append(LightPage.escape(link)).append("\">").append(LightPage.escape(o.text())).append("</a>");
            } else {
                b.append(LightPage.escape(o.text()));
            }
            b.append("</li>");
        }
        return b.append("</ul></div>").toString();
    }

    /** "1 person ahead", "2 people ahead", "you are next": the people ahead in words. */
    static String ahead(int n, Locale reader) {
        return n <= 0 ? say("follow.ahead.none", reader) : n == 1 ? say("follow.ahead.one", reader) : say("follow.ahead", reader, n);
    }

    /** Whole minutes, at least one, as the script rounds them too. */
    static long minutes(Duration wait) {
        return wait == null ? 1 : Math.max(1, Math.round(wait.toSeconds() / 60.0));
    }

    /** The texts the script needs, as a JSON object safe inside a script element; {w}, {n}, {m}, {note} mark the values. */
    private static String script(Locale reader) {
        Map<String, String> t = new LinkedHashMap<>();
        for (TicketStatus s : TicketStatus.values()) {
            t.put(s.name(), say("follow.status." + s.name(), reader, "{w}"));
        }
        t.put("none", say("follow.ahead.none", reader));
        t.put("one", say("follow.ahead.one", reader));
        t.put("ahead", say("follow.ahead", reader, "{n}"));
        t.put("wait", say("follow.wait", reader, "{m}"));
        t.put("lost", say("follow.lost", reader));
        t.put("rate", say("follow.rate", reader));
        t.put("handoff", say("follow.handoff", reader, "{note}"));
        t.put("target", say("follow.target", reader, "{w}"));
        StringBuilder b = new StringBuilder("{");
        t.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(json(k)).append(": ").append(json(v)));
        return b.append('}').toString();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String window(Integer number) {
        return number == null ? "" : number.toString();
    }

    private static String say(String key, Locale reader, Object... args) {
        return TEXTS.message(key, args).in(reader);
    }
}
