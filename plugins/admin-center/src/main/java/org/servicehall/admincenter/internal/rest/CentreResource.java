package org.servicehall.admincenter.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.admincenter.internal.CentreInfo;
import org.servicehall.admincenter.internal.CentreReports;
import org.servicehall.admincenter.internal.CentreSeals;
import org.servicehall.admincenter.internal.OneWindow;
import org.servicehall.admincenter.internal.PreApplication;
import org.servicehall.admincenter.internal.PreApplications;
import org.servicehall.admincenter.internal.ServiceGuide;
import org.servicehall.admincenter.internal.ServiceGuides;
import org.servicehall.admincenter.internal.Unit;
import org.servicehall.admincenter.internal.WeeklyReport;
import org.servicehall.casework.Case;
import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.common.NotFound;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/admin-center}: the centre's staff operations — one-window acceptance, routing,
 * return to and hand-out at the pick-up window, unit inboxes (AC1); the weekly report (AC2); guide
 * wording and pre-application answers (AC3); seal requests (AC5).
 */
@Component(service = ApiResource.class)
@Path("v1/admin-center")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin-center")
public final class CentreResource implements ApiResource {
    private final SiteService sites;
    private final CentreInfo centre;
    private final OneWindow window;
    private final CentreReports reports;
    private final ServiceGuides guides;
    private final PreApplications preapps;
    private final CentreSeals seals;

    @Activate
    public CentreResource(@Reference SiteService sites, @Reference CentreInfo centre, @Reference OneWindow window, @Reference CentreReports reports,
            @Reference ServiceGuides guides, @Reference PreApplications preapps, @Reference CentreSeals seals) {
        this.sites = sites;
        this.centre = centre;
        this.window = window;
        this.reports = reports;
        this.guides = guides;
        this.preapps = preapps;
        this.seals = seals;
    }

    private long site(String code) {
        return sites.siteByCode(code).orElseThrow(() -> new NotFound("Site", code)).id();
    }

    /** A step's note. */
    public record NoteBody(@Schema(maxLength = 1000) String note) {
    }

    /** Where to route a case. */
    public record RouteBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String unit, @Schema(maxLength = 1000) String note) {
    }

    /** The staff's pre-check: the materials found in order, and a note to the applicant. */
    public record AnswerBody(Set<String> present, @Schema(maxLength = 1000) String note) {
    }

    /** A site's wording of a guide field. */
    public record GuideTextBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String textZh,
            @Schema(maxLength = 2000) String textEn) {
    }

    /** A seal request of the centre. */
    public record SealBody(Long caseId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String seal,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String document,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String purpose, int impressions) {
    }

    @GET
    @Path("units")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The centre's back-office units (AC1)")
    public List<Unit> units() {
        return centre.directory().units();
    }

    @POST
    @Path("cases")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Accepts an item of the centre at the comprehensive window from the called ticket (AC1)")
    public Case accept(OneWindow.Acceptance body, @Context SecurityContext security) {
        return window.accept(ActorPrincipal.actorOf(security), RequestValues.required(body, "acceptance"));
    }

    @POST
    @Path("cases/{id}/route")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Routes a case to a back-office unit of the centre (AC1); an unknown unit is refused naming it")
    public Case route(@PathParam("id") long id, RouteBody body, @Context SecurityContext security) {
        RouteBody b = RequestValues.required(body, "route");
        return window.route(ActorPrincipal.actorOf(security), id, b.unit(), b.note());
    }

    @POST
    @Path("cases/{id}/return")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The unit returns its decided case to the pick-up window (AC1)")
    public Case returnToPickUp(@PathParam("id") long id, NoteBody body, @Context SecurityContext security) {
        return window.returnToPickUp(ActorPrincipal.actorOf(security), id, body == null ? null : body.note());
    }

    @POST
    @Path("cases/{id}/hand-out")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Hands the result out at the pick-up window: the case is completed (AC1, 统一出件)")
    public Case handOut(@PathParam("id") long id, NoteBody body, @Context SecurityContext security) {
        return window.handOut(ActorPrincipal.actorOf(security), id, body == null ? null : body.note());
    }

    @GET
    @Path("sites/{site}/inbox")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "A unit's open cases, most urgent first (AC1); without a unit, the open cases of every unit")
    public List<Case> inbox(@PathParam("site") String site, @QueryParam("unit") String unit, @Context SecurityContext security) {
        Actor actor = ActorPrincipal.actorOf(security);
        long id = site(site);
        if (unit != null && !unit.isBlank()) {
            return window.inbox(actor, id, unit);
        }
        List<Case> all = new ArrayList<>();
        centre.directory().units().forEach(u -> all.addAll(window.inbox(actor, id, u.code())));
        return all;
    }

    @GET
    @Path("sites/{site}/report")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The weekly report of the centre's cases by unit and light (AC2), the week holding the day given (default today)")
    public WeeklyReport report(@PathParam("site") String site, @Parameter(description = "an ISO week (2026-W49) or a day of the week (2026-11-30); this week when not given") @QueryParam("week") String week, @Context SecurityContext security) {
        return weekly(site, week, security);
    }

    @GET
    @Path("sites/{site}/report.csv")
    @Produces(RequestValues.CSV)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The weekly report as CSV for Excel or WPS (AC2), in the reader's language")
    public Response reportCsv(@PathParam("site") String site, @Parameter(description = "an ISO week (2026-W49) or a day of the week (2026-11-30); this week when not given") @QueryParam("week") String week, @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Locale l = Pages.locale(null, headers);
        WeeklyReport r = weekly(site, week, security);
        return RequestValues.csv(r.csv(l, u -> centre.directory().unitName(u, l)), "admin-center-week-" + r.weekStart());
    }

    /** The media type of an Excel workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("sites/{site}/report.xlsx")
    @Produces(XLSX)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The weekly report as an Excel workbook (.xlsx) for the centre office (AC2), in the reader's language")
    public Response reportXlsx(@PathParam("site") String site, @Parameter(description = "an ISO week (2026-W49) or a day of the week (2026-11-30); this week when not given") @QueryParam("week") String week, @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Locale l = Pages.locale(null, headers);
        WeeklyReport r = weekly(site, week, security);
        return RequestValues.attachment(r.xlsx(l, u -> centre.directory().unitName(u, l)), XLSX, "admin-center-week-" + r.weekStart() + ".xlsx");
    }

    /** The report of the site's week asked for (an ISO week or a day of it; this week when not given). */
    private WeeklyReport weekly(String site, String week, SecurityContext security) {
        long id = site(site);
        return reports.weekly(ActorPrincipal.actorOf(security), id, day(week, id));
    }

    /** A day of the week asked for: an ISO week ({@code 2026-W49}) or a date; today when not given. */
    private LocalDate day(String week, long siteId) {
        return WeeklyReport.isoWeekMonday(week).orElseGet(() -> RequestValues.date("week", week, sites.today(siteId)));
    }

    @GET
    @Path("sites/{site}/pre-applications")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The site's pre-applications (AC3), oldest first; status SUBMITTED, NOTICE or INVITED, or all")
    public List<PreApplication> preApplications(@PathParam("site") String site, @QueryParam("status") String status,
            @Context SecurityContext security) {
        return preapps.list(ActorPrincipal.actorOf(security), site(site),
                status == null || status.isBlank() ? null : RequestValues.enumValue(PreApplication.Status.class, "status", status));
    }

    @POST
    @Path("pre-applications/{id}/notice")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Answers a pre-application with a one-time notice of every missing material (AC3)")
    public PreApplication notice(@PathParam("id") long id, AnswerBody body, @Context SecurityContext security) {
        AnswerBody b = RequestValues.required(body, "answer");
        return preapps.answerWithNotice(ActorPrincipal.actorOf(security), id, b.present() == null ? Set.of() : b.present(), b.note());
    }

    @POST
    @Path("pre-applications/{id}/invite")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Answers a complete pre-application with an invitation to book a visit (AC3)")
    public PreApplication invite(@PathParam("id") long id, AnswerBody body, @Context SecurityContext security) {
        AnswerBody b = RequestValues.required(body, "answer");
        return preapps.invite(ActorPrincipal.actorOf(security), id, b.present() == null ? Set.of() : b.present(), b.note());
    }

    @PUT
    @Path("sites/{site}/guides/{item}/{field}")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Sets the site's wording of a service guide's field (AC3)")
    public ServiceGuide setGuideField(@PathParam("site") String site, @PathParam("item") String item, @PathParam("field") String field,
            GuideTextBody body, @Context SecurityContext security) {
        GuideTextBody b = RequestValues.required(body, "text");
        return guides.setField(ActorPrincipal.actorOf(security), site(site), item, field, b.textZh(), b.textEn());
    }

    @POST
    @Path("sites/{site}/cases/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Archives a file of a completed case of the centre in casework's archive (AC5, T6): PDF, PNG, JPEG or TIFF by content")
    public ArchivedFile archive(@PathParam("site") String site, @PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("name") String name, InputStream body, @Context SecurityContext security) {
        ArchiveKind k = kind == null || kind.isBlank() ? ArchiveKind.MATERIAL : RequestValues.enumValue(ArchiveKind.class, "kind", kind);
        return seals.archive(ActorPrincipal.actorOf(security), site(site), id, k, name, body);
    }

    @POST
    @Path("sites/{site}/seal-requests")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Asks to use one of the centre's seals (AC5); approval and use through casework's seal register")
    public SealRequest requestSeal(@PathParam("site") String site, SealBody body, @Context SecurityContext security) {
        SealBody b = RequestValues.required(body, "seal request");
        return seals.request(ActorPrincipal.actorOf(security), site(site), b.caseId(), b.seal(), b.document(), b.purpose(), b.impressions());
    }
}
