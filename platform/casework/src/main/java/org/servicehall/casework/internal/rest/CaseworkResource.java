package org.servicehall.casework.internal.rest;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.CaseStep;
import org.servicehall.casework.HandOver;
import org.servicehall.casework.Light;
import org.servicehall.casework.internal.CaseLifecycleImpl;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/**
 * {@code /api/v1/casework}: cases (T1/T3) for staff (HTTP Basic): opening a case from the called
 * ticket, its steps, the case list, timeline and hand-overs. The applicant is masked unless the
 * caller handles the case (S3). Errors are problem+json naming the problem; a refused step changes nothing.
 */
@Component(service = ApiResource.class)
@Path("v1/casework")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class CaseworkResource implements ApiResource {
    private final CaseLifecycle cases;
    private final CaseReadModel reads;
    private final SiteService sites;
    private final IdentityChecks identity;

    @Activate
    public CaseworkResource(@Reference CaseLifecycle cases, @Reference CaseReadModel reads, @Reference SiteService sites,
            @Reference IdentityChecks identity) {
        this.identity = identity;
        this.cases = cases;
        this.reads = reads;
        this.sites = sites;
    }

    /** T1/T3: a case opened from the ticket called or served at the caller's window. */
    @Schema(name = "CaseIntake")
    public record IntakeBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The ticket called or being served") long ticketId,
            @Schema(maxLength = 40, description = "The service item; the ticket's own when left out") String serviceCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ApplicantKind applicantKind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String applicantName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40,
                    description = "A person's ID number or an organisation's unified social credit code") String applicantId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 30) String applicantPhone) {
        CaseIntake toIntake() {
            return new CaseIntake(ticketId, serviceCode, applicantKind, applicantName, applicantId, applicantPhone);
        }
    }

    /** The written decision of a case. */
    @Schema(name = "CaseDecision")
    public record DecisionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String decision) {
    }

    /** A case ended without approval: the legal reason and the written decision. */
    @Schema(name = "CaseEnding")
    public record EndingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String legalReason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String decision) {
    }

    /** S4: the document the applicant showed at the desk. */
    @Schema(name = "IdentityCheckBody")
    public record IdentityCheckBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) IdentityDocument document,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40, description = "The number as read from the document; "
                    + "stored only masked and hashed") String number) {
    }

    /** A note of a step (completion). */
    @Schema(name = "CaseNote")
    public record NoteBody(@Schema(maxLength = 4000) String note) {
    }

    /** 补正: what the applicant must bring. */
    @Schema(name = "CaseMissing")
    public record MissingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String missing) {
    }

    /** A hand-over: to a back-office unit, or back to the front window when {@code unit} is left out. */
    @Schema(name = "CaseHandOver")
    public record HandOverBody(@Schema(maxLength = 60) String unit, @Schema(maxLength = 4000) String note) {
    }

    /** A return visit: the ticket now at the window. */
    @Schema(name = "CaseVisit")
    public record VisitBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long ticketId) {
    }

    private long site(String code) {
        return sites.siteWithCode(code).id();
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Open a case from the ticket called or being served at the window (T1/T3)")
    public Response open(IntakeBody body, @Context SecurityContext security) {
        Case c = cases.open(ActorPrincipal.actorOf(security), RequestValues.required(body, "the case").toIntake());
        return RequestValues.created(c);
    }

    @GET
    @Path("sites/{site}/cases")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The site's cases that match, earliest deadline first, one page (T3; applicant masked unless the caller handles it, S3)")
    public CasePage list(@PathParam("site") String site, @QueryParam("open") Boolean open, @QueryParam("light") String light,
            @QueryParam("service") String service, @QueryParam("unit") String unit, @QueryParam("window") Integer window,
            @QueryParam("staff") String staff, @QueryParam("stage") String stage, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size, @Context SecurityContext security) {
        CaseFilter filter = new CaseFilter(open, light == null ? null : RequestValues.enumValue(Light.class, "light", light), service, unit,
                window, staff, stage == null ? null : RequestValues.enumValue(CaseStage.class, "stage", stage));
        return reads.cases(ActorPrincipal.actorOf(security), site(site), filter, page, size);
    }

    @GET
    @Path("cases/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One case (S3: applicant masked unless the caller handles it)")
    public Case get(@PathParam("id") long id, @Context SecurityContext security) {
        return reads.byId(ActorPrincipal.actorOf(security), id);
    }

    @GET
    @Path("case-numbers/{number}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One case by its number")
    public Case byNumber(@PathParam("number") String number, @Context SecurityContext security) {
        return reads.byNumber(ActorPrincipal.actorOf(security), number);
    }

    @GET
    @Path("cases/{id}/timeline")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The case's steps, oldest first")
    public List<CaseStep> timeline(@PathParam("id") long id, @Context SecurityContext security) {
        return reads.timeline(ActorPrincipal.actorOf(security), id);
    }

    @GET
    @Path("cases/{id}/handovers")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The case's hand-overs between the front window and back-office units, oldest first")
    public List<HandOver> handOvers(@PathParam("id") long id, @Context SecurityContext security) {
        return reads.handOvers(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("cases/{id}/review")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "审核: accepted → under review")
    public Case review(@PathParam("id") long id, @Context SecurityContext security) {
        return cases.startReview(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("cases/{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "决定: under review → decided, with the written decision")
    public Case decide(@PathParam("id") long id, DecisionBody body, @Context SecurityContext security) {
        return cases.decide(ActorPrincipal.actorOf(security), id, RequestValues.required(body, "the decision").decision());
    }

    @POST
    @Path("cases/{id}/identity-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "核验身份 (S4): the applicant's document checked at the desk; its number must be the one on the case; "
            + "recorded masked and hashed, good for 30 minutes")
    public Response checkIdentity(@PathParam("id") long id, IdentityCheckBody body, @Context SecurityContext security) {
        IdentityCheckBody b = RequestValues.required(body, "the document");
        IdentityCheck check = cases.checkApplicant(ActorPrincipal.actorOf(security), id, b.document(), b.number());
        return RequestValues.created(check);
    }

    @GET
    @Path("cases/{id}/identity-checks")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The identity checks recorded for the case, newest first, numbers masked (S4)")
    public List<IdentityCheck> identityChecks(@PathParam("id") long id, @Context SecurityContext security) {
        reads.byId(ActorPrincipal.actorOf(security), id); // the case exists and the caller may read it
        return identity.of(ActorPrincipal.actorOf(security), CaseLifecycleImpl.CHECK_KIND, String.valueOf(id));
    }

    @POST
    @Path("cases/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "办结: decided → completed; needs the applicant's identity check of the last 30 minutes and the caller's "
            + "password of the last minutes (an HTTP Basic request carries it; S4), else 403")
    public Case complete(@PathParam("id") long id, NoteBody body, @Context SecurityContext security) {
        return cases.complete(ActorPrincipal.actorOf(security), id, body == null ? null : body.note());
    }

    @POST
    @Path("cases/{id}/not-accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "不予受理: accepted → not accepted, with the legal reason and the written decision")
    public Case notAccept(@PathParam("id") long id, EndingBody body, @Context SecurityContext security) {
        EndingBody b = RequestValues.required(body, "the legal reason and decision");
        return cases.notAccept(ActorPrincipal.actorOf(security), id, b.legalReason(), b.decision());
    }

    @POST
    @Path("cases/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "不予许可: under review → refused, with the legal reason and the written decision")
    public Case refuse(@PathParam("id") long id, EndingBody body, @Context SecurityContext security) {
        EndingBody b = RequestValues.required(body, "the legal reason and decision");
        return cases.refuse(ActorPrincipal.actorOf(security), id, b.legalReason(), b.decision());
    }

    @POST
    @Path("cases/{id}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "补正: the clock stops while the applicant brings what is missing")
    public Case pause(@PathParam("id") long id, MissingBody body, @Context SecurityContext security) {
        return cases.pause(ActorPrincipal.actorOf(security), id, RequestValues.required(body, "what is missing").missing());
    }

    @POST
    @Path("cases/{id}/resume")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The materials came: the clock runs again with the days that were left")
    public Case resume(@PathParam("id") long id, @Context SecurityContext security) {
        return cases.resume(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("cases/{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Hand the case to a back-office unit, or back to the front window")
    public Case handOver(@PathParam("id") long id, HandOverBody body, @Context SecurityContext security) {
        HandOverBody b = RequestValues.required(body, "the hand-over");
        return cases.handOver(ActorPrincipal.actorOf(security), id, b.unit(), b.note());
    }

    @POST
    @Path("cases/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Link a return visit (the ticket at the window) to the case")
    public Case visit(@PathParam("id") long id, VisitBody body, @Context SecurityContext security) {
        return cases.returnVisit(ActorPrincipal.actorOf(security), id, RequestValues.required(body, "the visit").ticketId());
    }

    @GET
    @Path("sites/{site}/one-visit")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "最多跑一次: the cases completed in the days given and those of one visit")
    public CaseReadModel.VisitShare oneVisit(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = RequestValues.date("from", from, null);
        return reads.visitShare(site(site), start, RequestValues.date("to", to, start));
    }
}
