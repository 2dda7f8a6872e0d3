package org.servicehall.complaint.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.Rectifications;
import org.servicehall.complaint.Resolution;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.complaint.internal.ComplaintTexts;
import org.servicehall.complaint.internal.SiteCodes;
import org.servicehall.security.IdentityCheck;
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
 * {@code /api/v1/complaint}: the staff side of complaints (HTTP Basic): phone records, the case list,
 * workflow steps, rectification, deadlines and the per-staff figures. Contact data is masked unless
 * the caller handles the case (S3). Errors are problem+json naming the problem; a refused step
 * changes nothing.
 */
@Component(service = ApiResource.class)
@Path("v1/complaint")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaint")
public final class ComplaintResource implements ApiResource {
    private final ComplaintWorkflow complaints;
    private final Ratings ratings;
    private final Rectifications rectifications;
    private final ComplaintDeadlines deadlines;
    private final FeedbackReports figures;
    private final SiteService sites;

    @Activate
    public ComplaintResource(@Reference ComplaintWorkflow complaints, @Reference Ratings ratings, @Reference Rectifications rectifications,
            @Reference ComplaintDeadlines deadlines, @Reference FeedbackReports figures, @Reference SiteService sites) {
        this.complaints = complaints;
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.deadlines = deadlines;
        this.figures = figures;
        this.sites = sites;
    }

    /** Who becomes the case's owner. */
    public record Assignment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String owner) {
    }

    /**
     * A text a step needs: feedback to the complainant, a rejection reason, rectification evidence.
     * Its schema name is the area's own: the API has one document, and conduct has a Note too.
     */
    @Schema(name = "ComplaintNote")
    public record Note(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String text) {
    }

    /** P2/P4: the outcome of an investigation as a request carries it ({@link Resolution}; conduct has a Resolution of its own). */
    @Schema(name = "ComplaintResolution")
    public record ResolutionBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String finding,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String action,
            boolean confirmed,
            boolean staffAtFault,
            @Schema(maxLength = 40) String ruleCode,
            @Schema(maxLength = 1000) String rectification,
            @Schema(maxLength = 100) String rectificationOwner,
            LocalDate rectificationDue,
            @Schema(maxLength = 40, description = "the staff member at fault (staff number or account), picked from the site's staff; "
                    + "omitted for the one the case names") String staffNumber) {

        Resolution toResolution() {
            return Resolution.builder(finding, action).confirmed(confirmed).staffAtFault(staffAtFault).ruleCode(ruleCode)
                    .rectification(rectification).rectificationOwner(rectificationOwner).rectificationDue(rectificationDue)
                    .staffNumber(staffNumber).build();
        }
    }

    /** S4: the complainant's document as checked at the desk. */
    @Schema(name = "ComplaintIdentityCheck")
    public record IdentityCheckBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) IdentityDocument document,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40, description = "The number as read from the document; stored"
                    + " only masked and hashed") String number) {
    }

    /** S4: the complainant's new contact data; blank clears one. */
    @Schema(name = "ComplaintContact")
    public record ContactBody(@Schema(maxLength = 100) String contactName, @Schema(maxLength = 30) String contactPhone) {
    }

    private long site(String code) {
        return SiteCodes.site(sites, code).id();
    }

    @GET
    @Path("categories")
    @Operation(summary = "The complaint categories offered now: the core's and running plugins' (P3)")
    public List<ComplaintCategory> categories() {
        return complaints.categories();
    }

    @GET
    @Path("reasons")
    @Operation(summary = "The reason ticks a rating may carry (P1)")
    public List<String> reasons() {
        return ratings.ratingReasons();
    }

    @GET
    @Path("sites/{site}/complaints")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The site's cases, newest first; contact data masked unless the caller handles the case (P2, S3)")
    public List<Complaint> list(@PathParam("site") String site, @QueryParam("open") boolean openOnly, @Context SecurityContext security) {
        return complaints.complaints(ActorPrincipal.actorOf(security), site(site), openOnly);
    }

    @POST
    @Path("sites/{site}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record a complaint received by phone (P3, staff)")
    public Response recordPhone(@PathParam("site") String site, ComplaintDraft draft, @Context SecurityContext security) {
        if (draft == null) {
            throw ValidationException.of("text", ComplaintTexts.text("complaint.error.text.empty"));
        }
        ComplaintDraft d = draft.toBuilder().source(ComplaintSource.PHONE).build();
        return RequestValues.created(complaints.register(ActorPrincipal.actorOf(security), site(site), d));
    }

    @GET
    @Path("complaints/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One case (contact data masked unless the caller handles it)")
    public Complaint complaint(@PathParam("id") long id, @Context SecurityContext security) {
        return complaints.complaint(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("complaints/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Accept the case and name its owner (supervisor)")
    public Complaint assign(@PathParam("id") long id, Assignment a, @Context SecurityContext security) {
        return complaints.assign(ActorPrincipal.actorOf(security), id, a == null ? null : a.owner());
    }

    @POST
    @Path("complaints/{id}/investigate")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Start the investigation (owner or supervisor)")
    public Complaint investigate(@PathParam("id") long id, @Context SecurityContext security) {
        return complaints.startInvestigation(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("complaints/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record finding and action; a confirmed case opens a rectification task, a staff member at fault becomes a"
            + " violation candidate (P4; owner or supervisor)")
    public Complaint resolve(@PathParam("id") long id, ResolutionBody r, @Context SecurityContext security) {
        return complaints.resolve(ActorPrincipal.actorOf(security), id, r == null ? null : r.toResolution());
    }

    @POST
    @Path("complaints/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record the answer given to the complainant (owner or supervisor)")
    public Complaint feedback(@PathParam("id") long id, Note note, @Context SecurityContext security) {
        return complaints.giveFeedback(ActorPrincipal.actorOf(security), id, note == null ? null : note.text());
    }

    @POST
    @Path("complaints/{id}/identity-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "核验身份 (S4): the complainant's document checked at the desk before their contact data is changed; recorded"
            + " masked and hashed, good for 30 minutes")
    public Response checkComplainant(@PathParam("id") long id, IdentityCheckBody body, @Context SecurityContext security) {
        IdentityCheckBody b = RequestValues.required(body, "the document");
        IdentityCheck check = complaints.checkComplainant(ActorPrincipal.actorOf(security), id, b.document(), b.number());
        return RequestValues.created(check);
    }

    @PUT
    @Path("complaints/{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Change the complainant's contact data (S4): needs the complainant's identity check of the last 30 minutes and the"
            + " caller's password of the last minutes (an HTTP Basic request carries it), else 403; audited without the values")
    public Complaint changeContact(@PathParam("id") long id, ContactBody body, @Context SecurityContext security) {
        ContactBody b = RequestValues.required(body, "the contact data");
        return complaints.changeContact(ActorPrincipal.actorOf(security), id, b.contactName(), b.contactPhone());
    }

    @POST
    @Path("complaints/{id}/close")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Close the case after feedback (supervisor)")
    public Complaint close(@PathParam("id") long id, @Context SecurityContext security) {
        return complaints.close(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("complaints/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Do not accept the case, with a reason (supervisor)")
    public Complaint reject(@PathParam("id") long id, Note note, @Context SecurityContext security) {
        return complaints.reject(ActorPrincipal.actorOf(security), id, note == null ? null : note.text());
    }

    @GET
    @Path("sites/{site}/rectifications")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Rectification tasks of confirmed complaints (P4); ID and phone numbers in their texts masked unless the caller "
            + "is a supervisor or the task's owner (S3)")
    public List<Rectification> rectifications(@PathParam("site") String site, @QueryParam("open") boolean openOnly,
            @Context SecurityContext security) {
        return rectifications.rectifications(ActorPrincipal.actorOf(security), site(site), openOnly);
    }

    @POST
    @Path("rectifications/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Report a rectification done, with evidence (its owner or a supervisor)")
    public Rectification done(@PathParam("id") long id, Note note, @Context SecurityContext security) {
        return rectifications.completeRectification(ActorPrincipal.actorOf(security), id, note == null ? null : note.text());
    }

    @POST
    @Path("rectifications/{id}/verify")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Verify a rectification reported done (supervisor)")
    public Rectification verify(@PathParam("id") long id, @Context SecurityContext security) {
        return rectifications.verifyRectification(ActorPrincipal.actorOf(security), id);
    }

    @GET
    @Path("sites/{site}/deadlines")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The site's complaint deadlines in working days (P2)")
    public DeadlineSettings deadlines(@PathParam("site") String site) {
        return deadlines.deadlineSettings(site(site));
    }

    @PUT
    @Path("sites/{site}/deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Change the site's complaint deadlines (admin)")
    public DeadlineSettings setDeadlines(@PathParam("site") String site, DeadlineSettings s, @Context SecurityContext security) {
        return deadlines.setDeadlineSettings(ActorPrincipal.actorOf(security), site(site), s);
    }

    /** How many cases a deadline check reminded or escalated. */
    public record CheckResult(int changed) {
    }

    @POST
    @Path("sites/{site}/deadlines/check")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Check deadlines now: reminders one working day before, escalation of overdue cases (P2)")
    public CheckResult check(@PathParam("site") String site) {
        return new CheckResult(deadlines.checkDeadlines(site(site)));
    }

    /**
     * M1: one staff member's figures as the API writes them. JSON has no NaN (Jackson would write the
     * text "NaN" into a number field): without ratings the average is null.
     */
    @Schema(name = "StaffFeedback", description = "One staff member's ratings and complaints over a period (M1)")
    public record FeedbackJson(String staffNumber, Map<RatingLevel, Long> ratings,
            @Schema(nullable = true, description = "the average score (5 best); null without ratings") Double averageScore,
            long complaints, long confirmedComplaints) {

        public static FeedbackJson of(StaffFeedback f) {
            return new FeedbackJson(f.staffNumber(), f.ratings(), Double.isNaN(f.averageScore()) ? null : f.averageScore(), f.complaints(),
                    f.confirmedComplaints());
        }
    }

    @GET
    @Path("sites/{site}/feedback")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Ratings and complaints per staff member over a period (M1)")
    public List<FeedbackJson> feedback(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.byStaff(site(site), date("from", from), date("to", to)).stream().map(FeedbackJson::of).toList();
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, ComplaintTexts.text("complaint.error.date.invalid", value));
        }
    }
}
