package org.servicehall.hospital.internal.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.hospital.internal.HospitalTexts;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.Slip;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.ApiResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The hospital's public light pages, served over the REST API with no console session (as the
 * platform's ticket page is): the pharmacy's ready board for the hall's TV (H3: numbers only, no
 * names) and the patient's report slip for the phone (H4: when and where to collect, updated once
 * the report is out, with the link to the ticket's own status page). Each page is written on the
 * server in the reader's language and then asks the plugin's public JSON again every few seconds.
 */
@Component(service = ApiResource.class)
@Path("v1/hospital/public")
@Tag(name = "hospital")
public final class PublicPages implements ApiResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final String BOARD = read("ready-board.html");
    private static final String SLIP = read("slip.html");
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private final SiteService sites;
    private final Laboratory lab;

    @Activate
    public PublicPages(@Reference SiteService sites, @Reference Laboratory lab) {
        this.sites = sites;
        this.lab = lab;
    }

    @GET
    @Path("pharmacy/{site}")
    @Produces(HTML)
    @Operation(summary = "The pharmacy's ready board (药房取药提示屏, H3) for the hall's TV: the ticket numbers whose prescriptions are "
            + "ready for pick-up, numbers only; in the language of lang (zh-CN or en), else Chinese")
    public Response readyBoard(@PathParam("site") String site, @QueryParam("lang") String lang) {
        Locale reader = reader(lang, List.of());
        Site s = sites.siteByCode(site == null ? "" : site.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (s == null) {
            return notFound(HospitalTexts.message("error.site.unknown", site == null ? "" : site).in(reader), reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", tag(reader));
        values.put("name", s.name());
        values.put("site", s.code());
        values.put("title", say("board.title", reader));
        values.put("hint", say("board.hint", reader));
        values.put("none", say("board.none", reader));
        values.put("offline", say("board.offline", reader));
        // the hall's clock and zone, not the TV's: the board's clock reads the hall's time
        values.put("now", String.valueOf(sites.clock(s.id()).millis()));
        values.put("zone", s.zone().getId());
        return Response.ok(fill(BOARD, values)).type(HTML).build();
    }

    @GET
    @Path("slips/{token}")
    @Produces(HTML)
    @Operation(summary = "The patient's report slip for the phone (H4): when and where to collect the report, updated once it is out; "
            + "an unknown slip gives a readable 404 page; in the language of lang (zh-CN or en), else of Accept-Language, else Chinese")
    public Response slip(@PathParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale reader = reader(lang, headers == null ? List.of() : headers.getAcceptableLanguages());
        Slip slip;
        Site site;
        try {
            slip = lab.slip(token, reader);
            site = lab.siteOfSlip(token);
        } catch (NotFound e) {
            return notFound(e.message(reader), reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", tag(reader));
        values.put("name", site.name());
        values.put("title", say("slip.page.title", reader, slip.specimenNumber()));
        values.put("specimenLabel", say("lab.specimenNumber", reader));
        values.put("number", slip.specimenNumber());
        values.put("test", slip.testName());
        values.put("when", say("lab.slip.text", reader, slip.testName(), slip.collectFrom() == null ? "–"
                : (reader.getLanguage().equals("zh") ? ZH : EN).format(slip.collectFrom().atZone(site.zone())), slip.place()));
        values.put("stateName", slip.ready() ? "READY" : "WAITING");
        values.put("state", say(slip.ready() ? "lab.slip.ready" : "slip.page.waiting", reader));
        values.put("readyText", say("lab.slip.ready", reader));
        values.put("ticket", slip.ticketPage() == null ? "" : "<a id=\"ticket-page\" href=\"" + escape(slip.ticketPage()) + "\">"
                + escape(say("slip.page.ticket", reader)) + "</a>");
        values.put("token", token.strip());
        return Response.ok(fill(SLIP, values)).type(HTML).build();
    }

    private static Response notFound(String text, Locale reader) {
        return Response.status(Response.Status.NOT_FOUND).type(HTML).entity("<!DOCTYPE html><html lang=\"" + tag(reader) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(text)
                + "</title></head><body style=\"font-family: system-ui, sans-serif; padding: 1.2em\"><p id=\"not-found\" style=\"color: #b00020; "
                + "font-size: 1.3em\">" + escape(text) + "</p></body></html>").build();
    }

    /**
     * The reader's language: the page's own choice ({@code lang=zh-CN} or {@code en}), else the
     * first language the request names, Chinese (the hall's) when it names none.
     */
    static Locale reader(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        Locale first = acceptable == null ? null
                : acceptable.stream().filter(l -> !"*".equals(l.getLanguage()) && !l.getLanguage().isEmpty()).findFirst().orElse(null);
        return first == null || "zh".equals(first.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static String tag(Locale reader) {
        return "zh".equals(reader.getLanguage()) ? "zh-CN" : "en";
    }

    private static String say(String key, Locale reader, Object... args) {
        return HospitalTexts.message(key, args).in(reader);
    }

    /** {@code {{key}}} replaced by its value, escaped; {@code {{{key}}}} by its value as it is (HTML this class wrote). */
    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String raw = "{{{" + e.getKey() + "}}}";
            out = out.contains(raw) ? out.replace(raw, e.getValue()) : out;
            out = out.replace("{{" + e.getKey() + "}}", escape(e.getValue()));
        }
        return out;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
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

    private static String read(String name) {
        try (InputStream in = PublicPages.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is missing from the hospital bundle", e);
        }
    }
}
