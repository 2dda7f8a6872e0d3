package org.servicehall.casework.internal.rest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.servicehall.casework.ProgressQuery;
import org.servicehall.casework.internal.CaseParts;
import org.servicehall.common.NotFound;
import org.servicehall.web.ApiResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/casework/public/progress}: the applicant's progress query, no login (T3): the
 * stage, the deadline and what is missing; never personal data. A wrong number or wrong digits
 * get the answer of an unknown case (404). {@code progress/page} is the same as a light page for a phone.
 */
@Component(service = ApiResource.class)
@Path("v1/casework/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class ProgressResource implements ApiResource {
    private final ProgressQuery progress;

    @Activate
    public ProgressResource(@Reference ProgressQuery progress) {
        this.progress = progress;
    }

    @GET
    @Path("progress/page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The progress query as a light page for a phone (T3), in the reader's language; no personal data")
    public String page(@QueryParam("number") String number, @QueryParam("digits") String digits, @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(text("progress.title", locale)).append("</title><style>body{font-family:sans-serif;font-size:18px;margin:1em;max-width:32em}"
                        + "input,button{font-size:18px;padding:.3em;margin:.2em 0;width:100%}dt{color:#555;margin-top:.6em}dd{margin:0;font-weight:600}"
                        + ".RED{color:#c00}.YELLOW{color:#a60}.GREEN{color:#080}</style></head><body><h1>")
                .append(text("progress.title", locale)).append("</h1><form method=\"get\"><label>").append(text("progress.number", locale))
                .append("<input name=\"number\" id=\"number\" value=\"").append(escape(number)).append("\"></label><label>")
                .append(text("progress.digits", locale)).append("<input name=\"digits\" id=\"digits\" maxlength=\"4\" inputmode=\"text\"></label><button>")
                .append(text("progress.submit", locale)).append("</button></form>");
        if (number != null && !number.isBlank()) {
            try {
                ProgressQuery.Progress p = progress.progress(number, digits);
                html.append("<dl id=\"progress\" data-stage=\"").append(p.stage()).append("\"><dt>").append(text("progress.case", locale))
                        .append("</dt><dd>").append(escape(p.number())).append(" · ").append(escape(p.serviceName())).append("</dd><dt>")
                        .append(text("progress.stage", locale)).append("</dt><dd class=\"").append(p.light()).append("\">")
                        .append(text("stage." + p.stage().name(), locale)).append(p.paused() ? " · " + text("case.paused", locale) : "")
                        .append("</dd><dt>").append(text("progress.due", locale)).append("</dt><dd>")
                        .append(p.due() == null ? "–" : p.due().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)))
                        .append("</dd>");
                if (p.missing() != null) {
                    html.append("<dt>").append(text("field.missing", locale)).append("</dt><dd id=\"missing\">").append(escape(p.missing()))
                            .append("</dd>");
                }
                html.append("</dl>");
            } catch (NotFound e) {
                html.append("<p id=\"not-found\">").append(escape(e.message(locale))).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static String text(String key, Locale locale) {
        return escape(CaseParts.TEXTS.message(key).in(locale));
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @GET
    @Path("progress")
    @Operation(summary = "A case's progress by its number and the last 4 digits of the applicant's phone or ID number (T3)")
    public ProgressQuery.Progress progress(@QueryParam("number") String number, @QueryParam("digits") String digits) {
        return progress.progress(number, digits);
    }
}
