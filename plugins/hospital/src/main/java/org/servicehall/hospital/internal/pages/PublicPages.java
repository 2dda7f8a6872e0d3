package org.servicehall.hospital.internal.pages;

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
import org.servicehall.web.LightPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The hospital's public light pages, served over the REST API with no console session (as the
 * platform's ticket page is): the pharmacy's ready board for the hall's TV (H3: numbers only, no
 * names) and the patient's report slip for the phone (H4: when and where to collect, updated once
 * the report is out, with the link to the ticket's own status page). Each page is written on the
 * server in the reader's language ({@link LightPage}) and then asks the plugin's public JSON again
 * every few seconds.
 */
@Component(service = ApiResource.class)
@Path("v1/hospital/public")
@Tag(name = "hospital")
public final class PublicPages implements ApiResource {
    private static final LightPage BOARD = LightPage.of(PublicPages.class, "ready-board.html");
    private static final LightPage SLIP = LightPage.of(PublicPages.class, "slip.html");
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
    @Produces(LightPage.HTML)
    @Operation(summary = "The pharmacy's ready board (药房取药提示屏, H3) for the hall's TV: the ticket numbers whose prescriptions are "
            + "ready for pick-up, numbers only; in the language of lang (zh-CN or en), else Chinese")
    public Response readyBoard(@PathParam("site") String site, @QueryParam("lang") String lang) {
        Locale reader = LightPage.reader(lang, List.of());
        Site s = sites.siteByCode(site == null ? "" : site.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (s == null) {
            return LightPage.notFound(HospitalTexts.message("error.site.unknown", site == null ? "" : site).in(reader), reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", LightPage.languageTag(reader));
        values.put("name", s.name());
        values.put("site", s.code());
        values.put("title", say("board.title", reader));
        values.put("hint", say("board.hint", reader));
        values.put("none", say("board.none", reader));
        values.put("offline", say("board.offline", reader));
        // the hall's clock and zone, not the TV's: the board's clock reads the hall's time
        values.put("now", String.valueOf(sites.clock(s.id()).millis()));
        values.put("zone", s.zone().getId());
        return Response.ok(BOARD.fill(values)).type(LightPage.HTML).build();
    }

    @GET
    @Path("slips/{token}")
    @Produces(LightPage.HTML)
    @Operation(summary = "The patient's report slip for the phone (H4): when and where to collect the report, updated once it is out; "
            + "an unknown slip gives a readable 404 page; in the language of lang (zh-CN or en), else of Accept-Language, else Chinese")
    public Response slip(@PathParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale reader = LightPage.reader(lang, headers == null ? List.of() : headers.getAcceptableLanguages());
        Slip slip;
        Site site;
        try {
            slip = lab.slip(token, reader);
            site = lab.siteOfSlip(token);
        } catch (NotFound e) {
            return LightPage.notFound(e.message(reader), reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", LightPage.languageTag(reader));
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
        values.put("ticket", slip.ticketPage() == null ? "" : "<a id=\"ticket-page\" href=\"" + LightPage.escape(slip.ticketPage()) + "\">"
                + LightPage.escape(say("slip.page.ticket", reader)) + "</a>");
        values.put("token", token.strip());
        return Response.ok(SLIP.fill(values)).type(LightPage.HTML).build();
    }

    private static String say(String key, Locale reader, Object... args) {
        return HospitalTexts.message(key, args).in(reader);
    }
}
