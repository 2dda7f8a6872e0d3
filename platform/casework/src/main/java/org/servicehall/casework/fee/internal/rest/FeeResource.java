package org.servicehall.casework.fee.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.fee.Fee;
import org.servicehall.casework.fee.FeeDraft;
import org.servicehall.casework.fee.FeeTotal;
import org.servicehall.casework.fee.Fees;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/casework/fees}: fees of cases where the sector allows them, with receipts (T5), and the totals. */
@Component(service = ApiResource.class)
@Path("v1/casework/fees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class FeeResource implements ApiResource {
    private final Fees fees;
    private final CaseReadModel cases;
    private final SiteService sites;

    @Activate
    public FeeResource(@Reference Fees fees, @Reference CaseReadModel cases, @Reference SiteService sites) {
        this.fees = fees;
        this.cases = cases;
        this.sites = sites;
    }

    /** A fee to record (T5). */
    @Schema(name = "FeeRequestBody")
    public record FeeBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40, description = "What is charged, e.g. WORK-COST") String feeCode,
            @Schema(maxLength = 200) String description,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In yuan, at most two decimals") BigDecimal amount) {
    }

    @POST
    @Path("cases/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record a fee of the case, if its sector allows it (T5); answers the fee with its receipt number",
            responses = @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = Fee.class))))
    public Response record(@PathParam("id") long caseId, FeeBody body, @Context SecurityContext security) {
        FeeBody b = RequestValues.required(body, "fee");
        Actor actor = ActorPrincipal.actorOf(security);
        Case c = cases.byId(actor, caseId);
        Fee fee = fees.record(actor, new FeeDraft(c.siteId(), c.id(), c.serviceCode(), b.feeCode(), b.description(), b.amount()));
        return RequestValues.created(fee);
    }

    @GET
    @Path("cases/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The fees of a case (T5)")
    public List<Fee> ofCase(@PathParam("id") long caseId, @Context SecurityContext security) {
        Case c = cases.byId(ActorPrincipal.actorOf(security), caseId);
        return fees.fees(c.siteId(), c.id());
    }

    @GET
    @Path("sites/{site}/totals")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Fee totals per day and service item (T5); from and to are days (2026-12-01), by default today")
    public List<FeeTotal> totals(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        long siteId = sites.siteWithCode(site).id();
        LocalDate today = sites.today(siteId);
        return fees.totals(siteId, RequestValues.date("from", from, today), RequestValues.date("to", to, today));
    }
}
