package org.servicehall.conduct.internal.discipline.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.conduct.Violations;
import org.servicehall.conduct.internal.discipline.DisciplineRules;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.OptionalBody;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/conduct/discipline}: inspections, violations and their decisions, inspection plans
 * (C4), the penalty ladder, sanctions and commendations (C5), gift declarations (C6),
 * first-contact enquiries (C7) and disputes (C8). Site-wide lists and new records under
 * {@code sites/{site}/…} (the site's code), decisions on a record under its kind and id.
 */
@Component(service = ApiResource.class)
@Path("v1/conduct/discipline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discipline")
public final class DisciplineResource implements ApiResource {
    private final Inspections inspections;
    private final Violations violations;
    private final Sanctions sanctions;
    private final Commendations commendations;
    private final Gifts gifts;
    private final Enquiries enquiries;
    private final Disputes disputes;
    private final SiteService sites;

    @Activate
    public DisciplineResource(@Reference Inspections inspections, @Reference Violations violations, @Reference Sanctions sanctions,
            @Reference Commendations commendations, @Reference Gifts gifts, @Reference Enquiries enquiries,
            @Reference Disputes disputes, @Reference SiteService sites) {
        this.inspections = inspections;
        this.violations = violations;
        this.sanctions = sanctions;
        this.commendations = commendations;
        this.gifts = gifts;
        this.enquiries = enquiries;
        this.disputes = disputes;
        this.sites = sites;
    }

    /** A violation candidate from another system (a complaint desk, an assessment tool). */
    public record ViolationProposal(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
            Integer windowNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 60) String ruleCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ViolationSource source,
            Instant occurredAt,
            @Schema(maxLength = DisciplineRules.MAX_NOTE) String note) {
    }

    /** A supervisor's note on a decision; for a dismissal, the reason. */
    public record Note(@Schema(maxLength = DisciplineRules.MAX_NOTE) String note) {
    }

    /** Confirm or reject a proposal, with a note (required for a rejection). */
    public record Decision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean confirm,
            @Schema(maxLength = DisciplineRules.MAX_NOTE) String note) {
    }

    /** Draw a week's random inspection plan. */
    public record PlanRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int count,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long seed) {
    }

    /** A supervisor's review of a gift declaration. */
    public record GiftReview(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) GiftStatus outcome,
            @Schema(maxLength = DisciplineRules.MAX_NOTE) String note) {
    }

    /** A formal hand-over of an enquiry. */
    public record HandOver(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int toWindow,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String toStaff,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DisciplineRules.MAX_NOTE) String note) {
    }

    /** The answer that closes an enquiry. */
    public record Answer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String answer) {
    }

    /** How the supervision desk settled a dispute. */
    public record Resolution(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DisciplineRules.MAX_NOTE) String resolution) {
    }

    // ---- C4

    @GET
    @Path("sites/{site}/inspections")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Inspections between two days (default: the last 30 days)")
    public List<Inspection> inspections(@PathParam("site") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        long siteId = sites.siteWithCode(code).id();
        LocalDate end = to == null ? sites.today(siteId) : date("to", to);
        LocalDate start = from == null ? end.minusDays(30) : date("from", from);
        return inspections.inspections(siteId, start, end);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "'" + value + "' is not a date such as 2026-11-30");
        }
    }

    @POST
    @Path("sites/{site}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Record a spot check (photo as base64 JPEG/PNG of at most 2 MB; no findings for a clean check)")
    public Inspection recordInspection(@PathParam("site") String code, InspectionDraft draft, @Context SecurityContext security) {
        return inspections.recordInspection(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(),
                draft);
    }

    @GET
    @Path("inspections/{id}/photo")
    @Produces({ "image/jpeg", "image/png" })
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The photo attached to an inspection")
    public Response photo(@PathParam("id") long id) {
        Inspection inspection = inspections.inspection(id);
        byte[] data = inspections.inspectionPhoto(id).orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.photo"), String.valueOf(id))));
        return Response.ok(data, inspection.photoType()).build();
    }

    @GET
    @Path("sites/{site}/violations")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Violations of a site, newest first; optionally of one status (CANDIDATE, CONFIRMED, DISMISSED)")
    public List<Violation> violations(@PathParam("site") String code, @QueryParam("status") ViolationStatus status) {
        return violations.violations(sites.siteWithCode(code).id(), status);
    }

    @POST
    @Path("sites/{site}/violations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Propose a violation candidate; a supervisor confirms or dismisses it")
    public Violation propose(@PathParam("site") String code, ViolationProposal p, @Context SecurityContext security) {
        return violations.proposeViolation(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), p.staffNumber(), p.windowNumber(),
                p.ruleCode(), p.source(), p.occurredAt(), p.note());
    }

    @POST
    @Path("violations/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Confirm a violation candidate")
    public Violation confirm(@PathParam("id") long id, @OptionalBody Note note, @Context SecurityContext security) {
        return violations.confirmViolation(ActorPrincipal.actorOf(security), id, note == null ? null : note.note());
    }

    @POST
    @Path("violations/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Dismiss a violation candidate, with the reason as note")
    public Violation dismiss(@PathParam("id") long id, @OptionalBody Note note, @Context SecurityContext security) {
        return violations.dismissViolation(ActorPrincipal.actorOf(security), id, note == null ? null : note.note());
    }

    @GET
    @Path("sites/{site}/inspection-plans/{week}")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The stored random inspection plan of an ISO week (e.g. 2026-W49)")
    public List<InspectionSlot> plan(@PathParam("site") String code, @PathParam("week") String week) {
        return inspections.inspectionPlan(sites.siteWithCode(code).id(), week);
    }

    @POST
    @Path("sites/{site}/inspection-plans/{week}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Draw a week's random inspection plan from a seed (replaces its open slots)")
    public List<InspectionSlot> drawPlan(@PathParam("site") String code, @PathParam("week") String week, PlanRequest request,
            @Context SecurityContext security) {
        return inspections.planInspections(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), week, request.count(), request.seed());
    }

    // ---- C5

    @GET
    @Path("sites/{site}/thresholds")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The site's penalty ladder and commendation rule")
    public DisciplineThresholds thresholds(@PathParam("site") String code) {
        return sanctions.thresholds(sites.siteWithCode(code).id());
    }

    @PUT
    @Path("sites/{site}/thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Change the site's penalty ladder and commendation rule")
    public DisciplineThresholds setThresholds(@PathParam("site") String code, DisciplineThresholds t,
            @Context SecurityContext security) {
        return sanctions.setThresholds(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), t);
    }

    @GET
    @Path("sites/{site}/sanctions")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Proposed and decided sanctions, newest first")
    public List<Sanction> sanctions(@PathParam("site") String code) {
        return sanctions.sanctions(sites.siteWithCode(code).id());
    }

    @POST
    @Path("sanctions/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Confirm or reject a proposed sanction")
    public Sanction decideSanction(@PathParam("id") long id, Decision d, @Context SecurityContext security) {
        return sanctions.decideSanction(ActorPrincipal.actorOf(security), id, d.confirm(), d.note());
    }

    @GET
    @Path("sites/{site}/commendations")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Proposed and decided commendations, newest first")
    public List<Commendation> commendations(@PathParam("site") String code) {
        return commendations.commendations(sites.siteWithCode(code).id());
    }

    @POST
    @Path("sites/{site}/commendations/review")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Propose the commendations now due")
    public List<Commendation> reviewCommendations(@PathParam("site") String code, @Context SecurityContext security) {
        return commendations.reviewCommendations(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id());
    }

    @POST
    @Path("commendations/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Confirm or reject a proposed commendation")
    public Commendation decideCommendation(@PathParam("id") long id, Decision d, @Context SecurityContext security) {
        return commendations.decideCommendation(ActorPrincipal.actorOf(security), id, d.confirm(), d.note());
    }

    // ---- C6

    @GET
    @Path("sites/{site}/gifts")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Gift declarations: supervisors see all, staff their own")
    public List<GiftDeclaration> gifts(@PathParam("site") String code, @Context SecurityContext security) {
        return gifts.gifts(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id());
    }

    @POST
    @Path("sites/{site}/gifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Declare a gift that could not be refused")
    public GiftDeclaration declareGift(@PathParam("site") String code, GiftDeclarationDraft draft, @Context SecurityContext security) {
        return gifts.declareGift(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), draft);
    }

    @POST
    @Path("gifts/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Review a gift declaration: ACCEPTED_INTO_CUSTODY, RETURNED or DONATED")
    public GiftDeclaration reviewGift(@PathParam("id") long id, GiftReview review, @Context SecurityContext security) {
        return gifts.reviewGift(ActorPrincipal.actorOf(security), id, review.outcome(), review.note());
    }

    // ---- C7

    @GET
    @Path("sites/{site}/enquiries")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Enquiries with their hand-over history; optionally OPEN or ANSWERED only")
    public List<Enquiry> enquiries(@PathParam("site") String code, @QueryParam("status") EnquiryStatus status) {
        return enquiries.enquiries(sites.siteWithCode(code).id(), status);
    }

    @POST
    @Path("sites/{site}/enquiries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Open an enquiry at the window that first received it")
    public Enquiry openEnquiry(@PathParam("site") String code, EnquiryDraft draft, @Context SecurityContext security) {
        return enquiries.openEnquiry(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), draft);
    }

    @GET
    @Path("enquiries/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One enquiry with its hand-over history")
    public Enquiry enquiry(@PathParam("id") long id) {
        return enquiries.enquiry(id);
    }

    @POST
    @Path("enquiries/{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Hand an open enquiry over to another window or staff member (owner or supervisor)")
    public Enquiry handOver(@PathParam("id") long id, HandOver h, @Context SecurityContext security) {
        return enquiries.handOverEnquiry(ActorPrincipal.actorOf(security), id, h.toWindow(), h.toStaff(), h.note());
    }

    @POST
    @Path("enquiries/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Answer and close an enquiry (owner or supervisor)")
    public Enquiry answer(@PathParam("id") long id, Answer a, @Context SecurityContext security) {
        return enquiries.answerEnquiry(ActorPrincipal.actorOf(security), id, a.answer());
    }

    // ---- C8

    @GET
    @Path("sites/{site}/disputes")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Disputes escalated to the supervision desk, newest first")
    public List<Dispute> disputes(@PathParam("site") String code) {
        return disputes.disputes(sites.siteWithCode(code).id());
    }

    @POST
    @Path("sites/{site}/disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Escalate a dispute at a window to the chief representative / supervision desk")
    public Dispute escalate(@PathParam("site") String code, DisputeDraft draft, @Context SecurityContext security) {
        return disputes.escalateDispute(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), draft);
    }

    @POST
    @Path("disputes/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Record how the supervision desk settled a dispute (never the staff member involved)")
    public Dispute resolve(@PathParam("id") long id, Resolution r, @Context SecurityContext security) {
        return disputes.resolveDispute(ActorPrincipal.actorOf(security), id, r.resolution());
    }
}
