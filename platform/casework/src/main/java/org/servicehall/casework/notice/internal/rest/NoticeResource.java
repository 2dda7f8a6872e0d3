package org.servicehall.casework.notice.internal.rest;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.NoticeDraft;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.OneTimeNotices;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.casework.notice.Wording;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/casework/notices}: materials checklists (T4: read by staff, adjusted by admins),
 * the desk's tick of what was brought and the one-time notice of a visit (staff), with its PDF.
 * Cases are named by their id; their site, number and service item come from the case area.
 */
@Component(service = ApiResource.class)
@Path("v1/casework/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class NoticeResource implements ApiResource {
    private final Checklists checklists;
    private final OneTimeNotices notices;
    private final CaseReadModel cases;
    private final SiteService sites;

    @Activate
    public NoticeResource(@Reference Checklists checklists, @Reference OneTimeNotices notices, @Reference CaseReadModel cases,
            @Reference SiteService sites) {
        this.checklists = checklists;
        this.notices = notices;
        this.cases = cases;
        this.sites = sites;
    }

    /** A site's wording of a material, or one of its own (T4). */
    @Schema(name = "ChecklistMaterial")
    public record MaterialBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
            @Schema(maxLength = 200) String nameEn,
            Requirement requirement,
            @Schema(maxLength = 500) String condition,
            boolean original,
            int copies,
            @Schema(maxLength = 500) String form,
            @Schema(maxLength = 500) String legalBasis,
            @Schema(maxLength = 200) String where,
            int order) {
        ChecklistItem toItem(String service, String code) {
            ChecklistItem i = new ChecklistItem(service, code, new Wording(name, nameEn), requirement, Wording.of(condition), original, copies,
                    Wording.of(form), Wording.of(legalBasis), Wording.of(where), order, "site");
            return i;
        }
    }

    /** What the applicant brought at this visit (T4). */
    @Schema(name = "MaterialsTick")
    public record TickBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 for the first visit, 2 for the first return…") int visit,
            @Schema(description = "Codes of the materials brought") Set<String> brought,
            @Schema(description = "Codes of the conditional materials whose condition applies") Set<String> applicable) {
    }

    /** The notice to issue for a visit (T4). */
    @Schema(name = "NoticeRequest")
    public record NoticeBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int visit,
            Integer windowNumber,
            @Schema(maxLength = 500, description = "Why a material an earlier notice asked for is asked again") String reason,
            @Schema(maxLength = 1000, description = "The staff's own words to the applicant (checked for forbidden phrases)") String note) {
    }

    @GET
    @Path("sites/{site}/checklists")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The service items that have a materials checklist at the site (T4)")
    public List<String> services(@PathParam("site") String site) {
        return checklists.servicesWithChecklists(sites.siteWithCode(site).id());
    }

    @GET
    @Path("sites/{site}/checklists/{service}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "A service item's materials checklist at the site: required, conditional, originals, copies, form, legal basis (T4)")
    public List<ChecklistItem> checklist(@PathParam("site") String site, @PathParam("service") String service) {
        return checklists.checklist(sites.siteWithCode(site).id(), service);
    }

    @PUT
    @Path("sites/{site}/checklists/{service}/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Set the site's wording of a material, or add one of its own (T4, admin)")
    public ChecklistItem setItem(@PathParam("site") String site, @PathParam("service") String service, @PathParam("item") String item,
            MaterialBody body, @Context SecurityContext security) {
        MaterialBody b = RequestValues.required(body, "material");
        return checklists.setSiteItem(actor(security), sites.siteWithCode(site).id(), b.toItem(service, item));
    }

    @DELETE
    @Path("sites/{site}/checklists/{service}/{item}")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Hide a shipped material at the site, or remove one of the site's own (T4, admin)")
    public Response hideItem(@PathParam("site") String site, @PathParam("service") String service, @PathParam("item") String item,
            @Context SecurityContext security) {
        checklists.hideItem(actor(security), sites.siteWithCode(site).id(), service, item);
        return Response.noContent().build();
    }

    @POST
    @Path("sites/{site}/checklists/{service}/{item}/reset")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Go back to the shipped material (T4, admin)")
    public List<ChecklistItem> resetItem(@PathParam("site") String site, @PathParam("service") String service,
            @PathParam("item") String item, @Context SecurityContext security) {
        long siteId = sites.siteWithCode(site).id();
        checklists.resetItem(actor(security), siteId, service, item);
        return checklists.checklist(siteId, service);
    }

    @POST
    @Path("cases/{id}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Tick what the applicant brought at a visit; answers what is still missing (T4)")
    public MaterialsCheck tick(@PathParam("id") long caseId, TickBody body, @Context SecurityContext security) {
        TickBody b = RequestValues.required(body, "tick");
        Actor actor = actor(security);
        Case c = cases.byId(actor, caseId);
        return checklists.recordCheck(actor, new MaterialsCheckDraft(c.siteId(), c.id(), b.visit(), c.serviceCode(), b.brought(),
                b.applicable()));
    }

    @GET
    @Path("cases/{id}/materials")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The ticks of a case, oldest first (T4)")
    public List<MaterialsCheck> ticks(@PathParam("id") long caseId, @Context SecurityContext security) {
        Case c = cases.byId(actor(security), caseId);
        return checklists.checks(c.siteId(), c.id());
    }

    @POST
    @Path("cases/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Issue the visit's one-time notice of every missing material (T4); a second one for the visit is refused and"
            + " reported as a violation candidate (C5)", responses = @ApiResponse(responseCode = "201", description = "Recorded",
                    content = @Content(schema = @Schema(implementation = OneTimeNotice.class))))
    public Response issue(@PathParam("id") long caseId, NoticeBody body, @Context SecurityContext security) {
        NoticeBody b = RequestValues.required(body, "notice");
        Actor actor = actor(security);
        Case c = cases.byId(actor, caseId);
        OneTimeNotice n = notices.issue(actor, new NoticeDraft(c.siteId(), c.id(), c.number(), b.visit(), b.windowNumber(), b.reason(),
                b.note()));
        return RequestValues.created(n);
    }

    @GET
    @Path("cases/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The one-time notices of a case, oldest first (T4)")
    public List<OneTimeNotice> ofCase(@PathParam("id") long caseId, @Context SecurityContext security) {
        Case c = cases.byId(actor(security), caseId);
        return notices.notices(c.siteId(), c.id());
    }

    @GET
    @Path("{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One notice (T4)")
    public OneTimeNotice notice(@PathParam("id") long id) {
        return notices.notice(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The notice's PDF as kept with the case (T4)", responses = @ApiResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(notices.pdf(id), "application/pdf").header("Content-Disposition", "inline; filename=\"notice-" + id + ".pdf\"")
                .build();
    }

    private static Actor actor(SecurityContext security) {
        return ActorPrincipal.actorOf(security);
    }
}
