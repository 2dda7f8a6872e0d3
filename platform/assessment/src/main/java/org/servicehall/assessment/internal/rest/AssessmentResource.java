package org.servicehall.assessment.internal.rest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.CourseDraft;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.SiteComparison;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.assessment.TrainingRecords;
import org.servicehall.assessment.WindowRank;
import org.servicehall.assessment.internal.Exports;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
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
import jakarta.ws.rs.DELETE;
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
 * {@code /api/v1/assessment}: a site's weights, assessments and proposals (M1, C5), training records
 * and service errors (M2), reports with CSV export and the window ranking (M3), and the cross-site
 * comparison (admin). Periods are {@code 2026-11} (month) or {@code 2026-Q4} (quarter).
 */
@Component(service = ApiResource.class)
@Path("v1/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
public final class AssessmentResource implements ApiResource {
    private final AssessmentWeights weights;
    private final AssessmentRuns runs;
    private final TrainingRecords training;
    private final AssessmentReports reports;
    private final SiteService sites;
    private final Clock clock;

    @Activate
    public AssessmentResource(@Reference AssessmentWeights weights, @Reference AssessmentRuns runs, @Reference TrainingRecords training,
            @Reference AssessmentReports reports, @Reference SiteService sites, @Reference Clock clock) {
        this.weights = weights;
        this.runs = runs;
        this.training = training;
        this.reports = reports;
        this.sites = sites;
        this.clock = clock;
    }

    /** A decision on a proposal. */
    public record Decision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean confirm, @Schema(maxLength = 500) String note) {
    }

    /** A course as entered: date {@code 2026-11-20}, hours like {@code 2.5}. */
    public record CourseBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal hours) {
    }

    /** How a staff member took part: PASSED, ATTENDED or ABSENT. */
    public record ParticipationBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String outcome) {
    }

    /** A service error: staff number, day and note. */
    public record ErrorBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String note) {
    }

    // ---- M1 settings and assessments

    @GET
    @Path("{site}/settings")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The site's weights (attitude/efficiency/discipline/ability) and proposal thresholds (M1, C5)")
    public AssessmentSettings settings(@PathParam("site") String code) {
        return weights.settings(sites.siteWithCode(code).id());
    }

    @PUT
    @Path("{site}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Set the site's weights (summing to 100) and thresholds (admin; audited)")
    public AssessmentSettings setSettings(@PathParam("site") String code, AssessmentSettings settings, @Context SecurityContext security) {
        RequestValues.required(settings, "the settings");
        return weights.setSettings(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), settings);
    }

    @POST
    @Path("{site}/assessments")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Assess the site's staff over a period (M1): ?period=2026-11[&replace=true to re-run an assessed period]")
    public AssessmentResult assess(@PathParam("site") String code, @QueryParam("period") String period,
            @QueryParam("replace") boolean replace, @Context SecurityContext security) {
        return runs.assess(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), Period.parse(period), replace);
    }

    @GET
    @Path("{site}/assessments")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The periods of the site that were assessed, newest first")
    public List<String> periods(@PathParam("site") String code) {
        return runs.assessedPeriods(sites.siteWithCode(code).id()).stream().map(Period::toString).toList();
    }

    @GET
    @Path("{site}/result")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The stored assessment of a period (?period=2026-11)")
    public AssessmentResult result(@PathParam("site") String code, @QueryParam("period") String period) {
        Period p = Period.parse(period);
        return runs.result(sites.siteWithCode(code).id(), p).orElseThrow(() -> new NotFound("Assessment", code + " " + p));
    }

    @GET
    @Path("{site}/result.csv")
    @Produces("text/csv")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The stored assessment of a period as CSV (UTF-8 with BOM)")
    public Response resultCsv(@PathParam("site") String code, @QueryParam("period") String period) {
        AssessmentResult r = result(code, period);
        return RequestValues.csv(Exports.result(r), "assessment-" + code + "-" + r.period());
    }

    @GET
    @Path("{site}/proposals")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Commendations and warnings proposed from scores (C5): ?status=PROPOSED for those waiting")
    public List<Proposal> proposals(@PathParam("site") String code, @QueryParam("status") String status) {
        return runs.proposals(sites.siteWithCode(code).id(),
                status == null || status.isBlank() ? null : RequestValues.enumValue(ProposalStatus.class, "status", status));
    }

    @POST
    @Path("{site}/proposals/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Confirm or reject a proposal (supervisor; a rejection needs a note)")
    public Proposal decide(@PathParam("site") String code, @PathParam("id") long id, Decision d, @Context SecurityContext security) {
        RequestValues.required(d, "a decision (confirm, note)");
        if (d.confirm() == null) {
            throw ValidationException.of("confirm", "is required: true or false");
        }
        sites.siteWithCode(code);
        return runs.decideProposal(ActorPrincipal.actorOf(security), id, d.confirm(), d.note());
    }

    // ---- M2 training and errors

    @GET
    @Path("{site}/courses")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The site's courses (M2): ?from=2026-01-01&to=2026-12-31 (default: the last year)")
    public List<Course> courses(@PathParam("site") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        long siteId = sites.siteWithCode(code).id();
        LocalDate end = RequestValues.date("to", to, sites.today(siteId));
        return training.courses(siteId, RequestValues.date("from", from, end.minusYears(1)), end);
    }

    @POST
    @Path("{site}/courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Record a course (M2; audited)")
    public Course addCourse(@PathParam("site") String code, CourseBody c, @Context SecurityContext security) {
        RequestValues.required(c, "a course (title, date, hours)");
        return training.addCourse(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), new CourseDraft(c.title(), RequestValues.date("date", c.date(), null), c.hours()));
    }

    @PUT
    @Path("{site}/courses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Change a course (M2; audited)")
    public Course updateCourse(@PathParam("site") String code, @PathParam("id") long id, CourseBody c, @Context SecurityContext security) {
        RequestValues.required(c, "a course (title, date, hours)");
        sites.siteWithCode(code);
        return training.updateCourse(ActorPrincipal.actorOf(security), id, new CourseDraft(c.title(), RequestValues.date("date", c.date(), null), c.hours()));
    }

    @DELETE
    @Path("{site}/courses/{id}")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Remove a course with its participations (M2; audited)")
    public Response removeCourse(@PathParam("site") String code, @PathParam("id") long id, @Context SecurityContext security) {
        sites.siteWithCode(code);
        training.removeCourse(ActorPrincipal.actorOf(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{site}/courses/{id}/participants")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Who took part in a course and how (M2)")
    public List<Participation> participants(@PathParam("site") String code, @PathParam("id") long id) {
        sites.siteWithCode(code);
        return training.participants(id);
    }

    @PUT
    @Path("{site}/courses/{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Record or change how a staff member took part: PASSED, ATTENDED or ABSENT (M2; audited)")
    public Participation participate(@PathParam("site") String code, @PathParam("id") long id, ParticipationBody p,
            @Context SecurityContext security) {
        RequestValues.required(p, "a participation (staffNumber, outcome)");
        sites.siteWithCode(code);
        return training.recordParticipation(ActorPrincipal.actorOf(security), id, p.staffNumber(),
                RequestValues.enumValue(TrainingOutcome.class, "outcome", p.outcome()));
    }

    @DELETE
    @Path("{site}/participations/{id}")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Remove a participation (M2; audited)")
    public Response removeParticipation(@PathParam("site") String code, @PathParam("id") long id, @Context SecurityContext security) {
        sites.siteWithCode(code);
        training.removeParticipation(ActorPrincipal.actorOf(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{site}/errors")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Service errors recorded for the site's staff (M2): ?from=&to= (default: the last year)")
    public List<ServiceError> errors(@PathParam("site") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        long siteId = sites.siteWithCode(code).id();
        LocalDate end = RequestValues.date("to", to, sites.today(siteId));
        return training.errors(siteId, RequestValues.date("from", from, end.minusYears(1)), end);
    }

    @POST
    @Path("{site}/errors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Record a service error for a staff member with a note (M2; audited)")
    public ServiceError recordError(@PathParam("site") String code, ErrorBody e, @Context SecurityContext security) {
        RequestValues.required(e, "a service error (staffNumber, date, note)");
        return training.recordError(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), e.staffNumber(), RequestValues.date("date", e.date(), null), e.note());
    }

    @DELETE
    @Path("{site}/errors/{id}")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Remove a service error (M2; audited)")
    public Response removeError(@PathParam("site") String code, @PathParam("id") long id, @Context SecurityContext security) {
        sites.siteWithCode(code);
        training.removeError(ActorPrincipal.actorOf(security), id);
        return Response.noContent().build();
    }

    // ---- M3 reports

    @GET
    @Path("{site}/report")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The site's figures over a period (M3): ?period=2026-11&by=STAFF|WINDOW|SERVICE|DAY|SITE")
    public List<ReportLine> report(@PathParam("site") String code, @QueryParam("period") String period, @QueryParam("by") String by) {
        return reports.report(sites.siteWithCode(code).id(), Period.parse(period),
                by == null || by.isBlank() ? ReportGrouping.STAFF : RequestValues.enumValue(ReportGrouping.class, "by", by));
    }

    @GET
    @Path("{site}/report.csv")
    @Produces("text/csv")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The same report as CSV (UTF-8 with BOM)")
    public Response reportCsv(@PathParam("site") String code, @QueryParam("period") String period, @QueryParam("by") String by) {
        return RequestValues.csv(Exports.report(report(code, period, by)), "report-" + code + "-" + Period.parse(period)
                + "-" + (by == null || by.isBlank() ? "staff" : by.trim().toLowerCase(Locale.ROOT)));
    }

    @GET
    @Path("{site}/ranking")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The windows ranked over a month (M3): ?month=2026-11")
    public List<WindowRank> ranking(@PathParam("site") String code, @QueryParam("month") String month) {
        return reports.windowRanking(sites.siteWithCode(code).id(), RequestValues.month("month", month));
    }

    @GET
    @Path("{site}/ranking.csv")
    @Produces("text/csv")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The window ranking as CSV (UTF-8 with BOM)")
    public Response rankingCsv(@PathParam("site") String code, @QueryParam("month") String month) {
        return RequestValues.csv(Exports.ranking(ranking(code, month)), "ranking-" + code + "-" + RequestValues.month("month", month));
    }

    @GET
    @Path("comparison")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Every site's figures over a period side by side (M3, admin): ?period=2026-11")
    public List<SiteComparison> comparison(@QueryParam("period") String period) {
        return reports.compareSites(Period.parse(period));
    }

    @GET
    @Path("comparison.csv")
    @Produces("text/csv")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "The cross-site comparison as CSV (UTF-8 with BOM)")
    public Response comparisonCsv(@QueryParam("period") String period) {
        Period p = Period.parse(period);
        return RequestValues.csv(Exports.sites(reports.compareSites(p)), "sites-" + p);
    }

    /** The period kinds, for clients that build pickers. */
    @GET
    @Path("period-kinds")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "MONTH and QUARTER")
    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.values());
    }
}
