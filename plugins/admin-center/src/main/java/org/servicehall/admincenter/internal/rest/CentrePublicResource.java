package org.servicehall.admincenter.internal.rest;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.admincenter.internal.CentreTexts;
import org.servicehall.admincenter.internal.GuideField;
import org.servicehall.admincenter.internal.OneWindow;
import org.servicehall.admincenter.internal.PreApplication;
import org.servicehall.admincenter.internal.PreApplicationDraft;
import org.servicehall.admincenter.internal.PreApplicationFile;
import org.servicehall.admincenter.internal.PreApplications;
import org.servicehall.admincenter.internal.ServiceGuide;
import org.servicehall.admincenter.internal.ServiceGuides;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/admin-center/public}: the centre's pages for citizens, no login — service guides
 * (AC3, printable), the case progress with where the case is (AC1), and the online pre-application
 * (AC3). Light pages for phones (DESIGN §1), JSON beside them.
 */
@Component(service = ApiResource.class)
@Path("v1/admin-center/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin-center")
public final class CentrePublicResource implements ApiResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private final SiteService sites;
    private final ServiceGuides guides;
    private final OneWindow window;
    private final PreApplications preapps;

    @Activate
    public CentrePublicResource(@Reference SiteService sites, @Reference ServiceGuides guides, @Reference OneWindow window,
            @Reference PreApplications preapps) {
        this.sites = sites;
        this.guides = guides;
        this.window = window;
        this.preapps = preapps;
    }

    private Site site(String code) {
        return sites.siteByCode(code).orElseThrow(() -> new NotFound("Site", code));
    }

    @GET
    @Path("sites/{site}/guides")
    @Operation(summary = "The centre's service guides (AC3): legal basis, conditions, materials, process, time limit, fees, place, hours, "
            + "contact; all items, or the one given")
    public List<ServiceGuide> guides(@PathParam("site") String site, @QueryParam("item") String item) {
        long id = site(site).id();
        return item == null || item.isBlank() ? guides.guides(id) : List.of(guides.guide(id, item.strip()));
    }

    @GET
    @Path("sites/{site}/guides/page")
    @Produces(HTML)
    @Operation(summary = "The centre's service guides as a light page (AC3): the list, or one item's guide, printable")
    public String guidePages(@PathParam("site") String site, @QueryParam("item") String item, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        if (item != null && !item.isBlank()) {
            return guidePage(site, item.strip(), lang, headers);
        }
        Locale l = Pages.locale(lang, headers);
        Site s = site(site);
        StringBuilder html = Pages.start(s.name() + " · " + CentreTexts.text("guide.list", l), l).append("<ul id=\"guides\">");
        for (ServiceGuide g : guides.guides(s.id())) {
            html.append("<li><a href=\"page?item=").append(Pages.escape(g.serviceCode())).append("&amp;lang=").append(l.getLanguage()).append("\">")
                    .append(Pages.escape(g.name(l))).append("</a></li>");
        }
        return Pages.end(html.append("</ul>"));
    }

    private String guidePage(@PathParam("site") String site, @PathParam("item") String item, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale l = Pages.locale(lang, headers);
        Site s = site(site);
        ServiceGuide g = guides.guide(s.id(), item);
        StringBuilder html = Pages.start(g.name(l) + " · " + CentreTexts.text("guide.title", l), l);
        html.append("<p>").append(Pages.escape(s.name())).append("</p><dl id=\"guide\" data-item=\"").append(Pages.escape(item)).append("\">");
        dt(html, CentreTexts.text("guide.field.basis", l), g.field(GuideField.BASIS).in(l));
        dt(html, CentreTexts.text("guide.field.conditions", l), g.field(GuideField.CONDITIONS).in(l));
        html.append("<dt>").append(Pages.text("guide.materials", l)).append("</dt><dd><ol id=\"materials\">");
        for (ChecklistItem m : g.materials()) {
            html.append("<li>").append(Pages.escape(m.name().in(l)));
            if (m.original()) {
                html.append("（").append(Pages.text("guide.original", l)).append("）");
            }
            if (m.copies() > 0) {
                html.append("（").append(Pages.text("guide.copies", l, m.copies())).append("）");
            }
            if (m.requirement() == Requirement.CONDITIONAL) {
                html.append("（").append(Pages.text("guide.conditional", l, m.condition().in(l))).append("）");
            }
            html.append("</li>");
        }
        html.append("</ol></dd>");
        dt(html, CentreTexts.text("guide.field.process", l), g.field(GuideField.PROCESS).in(l));
        dt(html, CentreTexts.text("guide.timeLimit", l), CentreTexts.text("limit." + g.timeLimit().kind().name(), l, g.timeLimit().workingDays()));
        if (g.unit() != null) {
            dt(html, CentreTexts.text("guide.unit", l), g.unit().name(l));
        }
        for (GuideField f : new GuideField[] { GuideField.FEES, GuideField.PLACE, GuideField.HOURS, GuideField.CONTACT }) {
            dt(html, CentreTexts.text("guide.field." + f.key(), l), g.field(f).in(l));
        }
        html.append("</dl><p class=\"noprint\"><button onclick=\"window.print()\">").append(Pages.text("guide.print", l))
                .append("</button></p><p class=\"noprint\"><a id=\"preapply\" href=\"../pre-apply?item=").append(Pages.escape(item))
                .append("&amp;lang=").append(l.getLanguage()).append("\">").append(Pages.text("guide.preapply", l)).append("</a></p>");
        return Pages.end(html);
    }

    private static void dt(StringBuilder html, String term, String value) {
        html.append("<dt>").append(Pages.escape(term)).append("</dt><dd>").append(Pages.escape(value)).append("</dd>");
    }

    @GET
    @Path("progress/page")
    @Produces(HTML)
    @Operation(summary = "The case progress as a light page for a phone (AC1): the stage, where the case is, its hand-overs")
    public String progressPage(@QueryParam("number") String number, @QueryParam("digits") String digits, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale l = Pages.locale(lang, headers);
        StringBuilder html = Pages.start(CentreTexts.text("progress.title", l), l);
        html.append("<form method=\"get\" class=\"noprint\"><input type=\"hidden\" name=\"lang\" value=\"").append(l.getLanguage())
                .append("\"><label>").append(Pages.text("progress.number", l)).append("<input name=\"number\" id=\"number\" value=\"")
                .append(Pages.escape(number)).append("\"></label><label>").append(Pages.text("progress.digits", l))
                .append("<input name=\"digits\" id=\"digits\" maxlength=\"4\"></label><button>").append(Pages.text("progress.submit", l))
                .append("</button></form>");
        if (number != null && !number.isBlank()) {
            try {
                OneWindow.Progress p = window.progress(number, digits, l);
                html.append("<dl id=\"progress\" data-place=\"").append(p.place()).append("\"><dt>").append(Pages.text("field.caseNumber", l))
                        .append("</dt><dd>").append(Pages.escape(p.number())).append(" · ").append(Pages.escape(p.serviceName()))
                        .append("</dd><dt>").append(Pages.text("progress.where", l)).append("</dt><dd id=\"where\" class=\"").append(p.light() == null ? "ended" : p.light())
                        .append("\">").append(Pages.escape(p.stage())).append(" · ").append(Pages.escape(p.where())).append("</dd><dt>")
                        .append(Pages.text("progress.due", l)).append("</dt><dd>").append(p.due() == null ? "–" : Pages.escape(p.due())).append("</dd>");
                if (!p.steps().isEmpty()) {
                    html.append("<dt>").append(Pages.text("progress.steps", l)).append("</dt><dd><ol id=\"steps\">");
                    p.steps().forEach(step -> html.append("<li><span class=\"when\">").append(Pages.escape(step.time())).append("</span> ").append(Pages.escape(step.from())).append(" → ").append(Pages.escape(step.to()))
                            .append("</li>"));
                    html.append("</ol></dd>");
                }
                html.append("</dl>");
            } catch (NotFound e) {
                html.append("<p id=\"not-found\" class=\"error\">").append(Pages.text("progress.notFound", l)).append("</p>");
            }
        }
        return Pages.end(html);
    }

    @POST
    @Path("sites/{site}/pre-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends an online pre-application (AC3); the answer holds the token of the citizen's page")
    public PreApplicationReceipt submit(@PathParam("site") String site, PreApplicationDraft body) {
        PreApplication p = preapps.submit(site(site).id(), RequestValues.required(body, "pre-application"));
        return new PreApplicationReceipt(p.token(), "/api/v1/admin-center/public/pre-applications/page?t=" + p.token());
    }

    /** What the citizen keeps: the token and the page to read the answer on. */
    public record PreApplicationReceipt(String token, String page) {
    }

    @POST
    @Path("pre-applications/{token}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attaches a material's file (AC3): PDF, PNG or JPEG up to the size limit, its type read from its content; a forged type is refused")
    public PreApplicationFile attach(@PathParam("token") String token, @QueryParam("material") String material, @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return preapps.attach(token, material, name, contentType, length == null ? -1 : length, body);
    }

    private String answer(PreApplication p, Locale l) {
        return switch (p.status()) {
        case SUBMITTED -> null;
        case NOTICE -> CentreTexts.text("preapp.notice", l, preapps.materials(p.siteId(), p.serviceCode()).stream()
                .filter(m -> p.missingCodes().contains(m.code())).map(m -> m.name().in(l)).collect(Collectors.joining(l.getLanguage().equals("zh") ? "、" : ", ")))
                + (p.answerNote() == null ? "" : " " + p.answerNote());
        case INVITED -> CentreTexts.text("preapp.invite", l, "/api/v1/queue/follow/" + sites.site(p.siteId()).code() + "/book")
                + (p.answerNote() == null ? "" : " " + p.answerNote());
        };
    }

    @GET
    @Path("sites/{site}/pre-apply")
    @Produces(HTML)
    @Operation(summary = "The pre-application form as a light page (AC3)")
    public String preApplyPage(@PathParam("site") String site, @QueryParam("item") String item, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale l = Pages.locale(lang, headers);
        Site s = site(site);
        StringBuilder html = Pages.start(CentreTexts.text("preapp.title", l), l).append("<p>").append(Pages.text("preapp.intro", l)).append("</p>")
                .append("<form id=\"preapp\"><label>").append(Pages.text("field.serviceCode", l)).append("<select name=\"serviceCode\" id=\"serviceCode\">");
        for (ServiceGuide g : guides.guides(s.id())) {
            html.append("<option value=\"").append(Pages.escape(g.serviceCode())).append(g.serviceCode().equals(item) ? "\" selected>" : "\">")
                    .append(Pages.escape(g.name(l))).append("</option>");
        }
        html.append("</select></label><label>").append(Pages.text("field.applicantName", l)).append("<input name=\"applicantName\" id=\"applicantName\" maxlength=\"100\"></label><label>")
                .append(Pages.text("field.applicantPhone", l)).append("<input name=\"applicantPhone\" id=\"applicantPhone\" maxlength=\"20\" inputmode=\"tel\"></label><label>")
                .append(Pages.text("field.note", l)).append("<textarea name=\"note\" id=\"note\" maxlength=\"1000\"></textarea></label><button id=\"send\">")
                .append(Pages.text("preapp.send", l)).append("</button></form><p id=\"result\" class=\"error\"></p><script>")
                .append("document.getElementById('preapp').onsubmit=async e=>{e.preventDefault();const f=new FormData(e.target);")
                .append("const r=await fetch('pre-applications',{method:'POST',headers:{'Content-Type':'application/json','Accept-Language':'")
                .append(l.toLanguageTag()).append("'},body:JSON.stringify(Object.fromEntries(f))});const j=await r.json();")
                .append("if(r.ok){location.href=j.page+'&lang=").append(l.getLanguage()).append("';}else{document.getElementById('result').textContent=")
                .append("(j.errors||[]).map(x=>x.message).join(' ')||j.detail||j.title;}};</script>");
        return Pages.end(html);
    }

    @GET
    @Path("pre-applications/page")
    @Produces(HTML)
    @Operation(summary = "The citizen's pre-application page by its token (AC3): attach materials, read the staff's answer")
    public String preAppPage(@QueryParam("t") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale l = Pages.locale(lang, headers);
        PreApplication p;
        try {
            p = preapps.byToken(token);
        } catch (HallException e) {
            return Pages.end(Pages.start(CentreTexts.text("preapp.title", l), l).append("<p class=\"error\">").append(Pages.escape(e.message(l))).append("</p>"));
        }
        StringBuilder html = Pages.start(CentreTexts.text("preapp.title", l), l);
        html.append("<p>").append(Pages.text("preapp.submitted", l)).append("</p><p id=\"status\" data-status=\"").append(p.status()).append("\">")
                .append(Pages.text("preapp.status." + p.status(), l)).append("</p>");
        String answer = answer(p, l);
        if (answer != null) {
            html.append("<p id=\"answer\"><strong>").append(Pages.escape(answer)).append("</strong></p>");
        }
        html.append("<h2>").append(Pages.text("preapp.files", l)).append("</h2><ul id=\"files\">");
        List<ChecklistItem> materials = preapps.materials(p.siteId(), p.serviceCode());
        preapps.files(p.id()).forEach(f -> html.append("<li>").append(Pages.escape(materials.stream().filter(m -> m.code().equals(f.materialCode()))
                .map(m -> m.name().in(l)).findFirst().orElse(f.materialCode()))).append(" · ").append(Pages.escape(f.fileName())).append("</li>"));
        html.append("</ul>");
        if (p.status() == PreApplication.Status.SUBMITTED) {
            html.append("<form id=\"attach\"><label>").append(Pages.text("field.material", l)).append("<select id=\"material\">");
            for (ChecklistItem m : materials) {
                html.append("<option value=\"").append(Pages.escape(m.code())).append("\">").append(Pages.escape(m.name().in(l))).append("</option>");
            }
            html.append("</select></label><label>").append(Pages.text("field.file", l))
                    .append("<input type=\"file\" id=\"file\" accept=\"application/pdf,image/png,image/jpeg\"></label><button>")
                    .append(Pages.text("preapp.attach", l)).append("</button></form><p id=\"result\" class=\"error\"></p><script>")
                    .append("document.getElementById('attach').onsubmit=async e=>{e.preventDefault();const file=document.getElementById('file').files[0];if(!file)return;")
                    .append("const m=document.getElementById('material').value;const r=await fetch('").append(Pages.escape(p.token())).append("/files?material='+encodeURIComponent(m)+'&name='+encodeURIComponent(file.name),")
                    .append("{method:'POST',headers:{'Content-Type':file.type||'application/octet-stream','Accept-Language':'").append(l.toLanguageTag())
                    .append("'},body:file});if(r.ok){location.reload();}else{const j=await r.json();document.getElementById('result').textContent=")
                    .append("(j.errors||[]).map(x=>x.message).join(' ')||j.detail||j.title;}};</script>");
        }
        return Pages.end(html);
    }
}
