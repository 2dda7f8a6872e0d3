package org.servicehall.casework.seal.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.seal.SealRegister;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealRequestDraft;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityDocument;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/casework/seals}: the append-only seal register (T6): requests, approvals, uses, CSV export. */
@Component(service = ApiResource.class)
@Path("v1/casework/seals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class SealResource implements ApiResource {
    private final SealRegister register;
    private final SiteService sites;

    @Activate
    public SealResource(@Reference SealRegister register, @Reference SiteService sites) {
        this.register = register;
        this.sites = sites;
    }

    /** A request to use a seal (T6). */
    @Schema(name = "SealRequestBody")
    public record RequestBody(Long caseId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String document,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String seal,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String purpose,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 100") int impressions) {
    }

    /** A supervisor's note on a decision (the reason of a refusal). */
    @Schema(name = "SealDecision")
    public record DecisionBody(@Schema(maxLength = 500) String note) {
    }

    /** The impressions made (T6). */
    @Schema(name = "SealUse")
    public record UseBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int impressions) {
    }

    @POST
    @Path("sites/{site}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Ask to use a seal on a document (T6)", responses = @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = SealRequest.class))))
    public Response request(@PathParam("site") String site, RequestBody body, @Context SecurityContext security) {
        RequestBody b = RequestValues.required(body, "request");
        SealRequest r = register.request(ActorPrincipal.actorOf(security), new SealRequestDraft(
                sites.siteWithCode(site).id(), b.caseId(), b.document(), b.seal(), b.purpose(), b.impressions()));
        return RequestValues.created(r);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Approve a seal request (T6, a supervisor other than the requester)")
    public SealRequest approve(@PathParam("id") long id, DecisionBody body, @Context SecurityContext security) {
        return register.approve(ActorPrincipal.actorOf(security), id, body == null ? null : body.note());
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Refuse a seal request with the reason (T6)")
    public SealRequest refuse(@PathParam("id") long id, DecisionBody body, @Context SecurityContext security) {
        return register.refuse(ActorPrincipal.actorOf(security), id, body == null ? null : body.note());
    }

    /** S4: the document the citizen showed at the desk. */
    @Schema(name = "SealIdentityCheck")
    public record IdentityCheckBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) IdentityDocument document,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String number) {
    }

    @POST
    @Path("{id}/identity-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "核验身份 (S4): the document of the citizen the seal is used for (the request's case's applicant, or recorded "
            + "for the request)", responses = @ApiResponse(responseCode = "201", description = "Recorded",
                    content = @Content(schema = @Schema(implementation = IdentityCheck.class))))
    public Response checkIdentity(@PathParam("id") long id, IdentityCheckBody body, @Context SecurityContext security) {
        IdentityCheckBody b = RequestValues.required(body, "the document");
        return RequestValues.created(register.checkIdentity(ActorPrincipal.actorOf(security), id, b.document(),
                b.number()));
    }

    @POST
    @Path("{id}/use")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record the use of an approved request (T6); without approval it is refused; needs the citizen's identity "
            + "check and the caller's fresh password (S4), else 403")
    public SealRequest use(@PathParam("id") long id, UseBody body, @Context SecurityContext security) {
        return register.recordUse(ActorPrincipal.actorOf(security), id, RequestValues.required(body, "use").impressions());
    }

    @GET
    @Path("{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One seal request (T6)")
    public SealRequest one(@PathParam("id") long id) {
        return register.requestById(id);
    }

    @GET
    @Path("sites/{site}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The site's seal requests of a period, newest first (T6); from and to are days, by default today")
    public List<SealRequest> requests(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        long siteId = sites.siteWithCode(site).id();
        LocalDate today = sites.today(siteId);
        return register.requests(siteId, RequestValues.date("from", from, today), RequestValues.date("to", to, today));
    }

    @GET
    @Path("sites/{site}/register.csv")
    @Produces(RequestValues.CSV)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The register's entries of a period as CSV (T6), headers in the caller's language")
    public Response csv(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        long siteId = sites.siteWithCode(site).id();
        LocalDate today = sites.today(siteId);
        LocalDate f = RequestValues.date("from", from, today);
        LocalDate t = RequestValues.date("to", to, today);
        List<Locale> languages = headers.getAcceptableLanguages();
        Locale reader = languages.isEmpty() || "*".equals(languages.get(0).toString()) ? Locale.SIMPLIFIED_CHINESE : languages.get(0);
        return RequestValues.csv(register.csv(siteId, f, t, reader), "seal-register-" + site + "-" + f + "-" + t);
    }
}
