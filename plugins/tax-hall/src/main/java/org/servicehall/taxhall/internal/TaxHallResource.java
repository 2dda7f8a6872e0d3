package org.servicehall.taxhall.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.security.Masking;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

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

/**
 * {@code /api/v1/tax-hall}: the tax hall's public policy notes (政策解读, TX3) as JSON and as a light
 * page for a phone, its fees (TX2: forms free, the 工本费 amounts), and its long-queue measures (TX3,
 * 第六条): the standing ones publicly for the kiosk and phone pages (no personal data), all of them
 * for supervisors.
 */
@Component(service = ApiResource.class)
@Path("v1/tax-hall")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tax-hall")
public final class TaxHallResource implements ApiResource {
    private final PolicyNotes notes = new PolicyNotes();
    private final LongQueueMeasures measures;
    private final TaxFeePolicy fees;
    private final SiteService sites;

    @Activate
    public TaxHallResource(@Reference LongQueueMeasures measures, @Reference TaxFeePolicy fees, @Reference SiteService sites) {
        this.measures = measures;
        this.fees = fees;
        this.sites = sites;
    }

    /** TX2: what the tax hall charges: forms are free; the 工本费 of registration certificates and of a book of invoices. */
    public record FeeSchedule(String feeCode, BigDecimal registration, BigDecimal invoiceBook, String rule) {
    }

    @GET
    @Path("public/policy-notes")
    @Operation(summary = "The policy notes (政策解读) of a tax service item, or of every item, in the reader's language (TX3); no login")
    public List<PolicyNotes.Note> policyNotes(@QueryParam("item") String item, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = locale(lang, headers);
        return item == null || item.isBlank() ? notes.all(locale) : notes.notes(item, locale);
    }

    @GET
    @Path("public/policy-notes/page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The policy notes as a light page for a phone (TX3), in the reader's language; no login")
    public String policyPage(@QueryParam("item") String item, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = locale(lang, headers);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(text("taxhall.policy.title", locale)).append("</title><style>body{font-family:sans-serif;font-size:18px;margin:1em;"
                        + "max-width:40em;line-height:1.5}h2{font-size:20px;margin:1.2em 0 .2em}h3{font-size:18px;margin:.8em 0 .1em}"
                        + ".basis{color:#555;font-size:15px}</style></head><body><h1>").append(text("taxhall.policy.title", locale)).append("</h1>");
        List<PolicyNotes.Note> shown;
        try {
            shown = item == null || item.isBlank() ? notes.all(locale) : notes.notes(item, locale);
        } catch (NotFound e) {
            return html.append("<p id=\"not-found\">").append(escape(e.message(locale))).append("</p></body></html>").toString();
        }
        String current = null;
        for (PolicyNotes.Note n : shown) {
            if (!n.serviceCode().equals(current)) {
                current = n.serviceCode();
                html.append("<h2 id=\"").append(escape(current)).append("\">").append(text("taxhall.item." + current, locale)).append("</h2>");
            }
            html.append("<h3>").append(escape(n.title())).append("</h3><p>").append(escape(Masking.text(n.text())))
                    .append("</p><p class=\"basis\">").append(escape(n.basis())).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    @GET
    @Path("public/fees")
    @Operation(summary = "What the tax hall charges (TX2): forms are free; only the registration and invoice 工本费; no login")
    public FeeSchedule fees(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        TaxFeeRule rule = fees.rule();
        return new FeeSchedule(TaxItems.WORK_COST, rule.registration(), rule.invoiceBook(),
                TaxFeeRule.TEXTS.message("taxhall.fees.rule").in(locale(lang, headers)));
    }

    @GET
    @Path("public/sites/{site}/measures")
    @Operation(summary = "The long-queue measures standing now at the site (TX3, 第六条): which tax services offer booking and self-service; no login, no personal data")
    public List<QueueMeasure> standingMeasures(@PathParam("site") String siteCode) {
        return measures.standing(site(siteCode).id());
    }

    @GET
    @Path("sites/{site}/measures")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The long-queue measures taken at the site from one day to another (TX3, 第六条), newest first (supervisor)")
    public List<QueueMeasure> measures(@PathParam("site") String siteCode, @QueryParam("from") String from, @QueryParam("to") String to) {
        Site site = site(siteCode);
        LocalDate today = sites.today(site.id());
        return measures.taken(site.id(), RequestValues.date("from", from, today.minusDays(30)), RequestValues.date("to", to, today));
    }

    private Site site(String code) {
        return sites.siteWithCode(code);
    }

    private static Locale locale(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().filter(l -> !"*".equals(l.getLanguage())).findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    }

    private static String text(String key, Locale locale) {
        return escape(TaxFeeRule.TEXTS.message(key).in(locale));
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
