package org.servicehall.attendance.internal.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.Correction;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.internal.LiveAlerts;
import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/attendance/{site}}: clock-in/out and leave-post for badge readers and counter
 * terminals (A2, A3), who is at which window (A4), the roster (A1), the monthly report with CSV
 * export and corrections (A5), and the standing staffing alerts.
 */
@Component(service = ApiResource.class)
@Path("v1/attendance/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public final class AttendanceResource implements ApiResource {
    private static final Message REQUIRED = Texts.of(AttendanceResource.class, "attendance-errors").message("attendance.error.required");
    private final AttendancePosts posts;
    private final AttendanceRoster roster;
    private final AttendanceReports reports;
    private final LiveAlerts alerts;
    private final Clock clock;
    private final SiteService sites;

    @Activate
    public AttendanceResource(@Reference AttendancePosts posts, @Reference AttendanceRoster roster, @Reference AttendanceReports reports,
            @Reference LiveAlerts alerts, @Reference Clock clock, @Reference SiteService sites) {
        this.posts = posts;
        this.roster = roster;
        this.reports = reports;
        this.alerts = alerts;
        this.clock = clock;
        this.sites = sites;
    }

    /** A clock-in: whose badge, at which window. */
    public record ClockIn(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer window) {
    }

    /** A clock-out or return to the post. */
    public record StaffRef(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber) {
    }

    /** Leaving the post, with the reason. */
    public record Leave(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String staffNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String reason) {
    }

    /** A5: the corrected times (ISO-8601 instants) and the reason. */
    public record CorrectionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String clockIn,
            @Schema(maxLength = 40) String clockOut,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String reason) {
    }

    /** A standing staffing alert. */
    public record AlertView(String kind, String message, Integer window, String service, String staffNumber, Instant raisedAt) {
    }

    @POST
    @Path("clock-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Clock in at a window (A2): staff for themselves, a supervisor or badge reader for anyone")
    public AttendanceRecord clockIn(@PathParam("site") String code, ClockIn in, @Context SecurityContext security) {
        RequestValues.required(in, "a clock-in (staffNumber, window)");
        if (in.window() == null) {
            throw ValidationException.of("window", REQUIRED);
        }
        return posts.clockIn(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), in.staffNumber(), in.window());
    }

    @POST
    @Path("clock-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Clock out (A2)")
    public AttendanceRecord clockOut(@PathParam("site") String code, StaffRef ref, @Context SecurityContext security) {
        RequestValues.required(ref, "a staff number");
        return posts.clockOut(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), ref.staffNumber());
    }

    @POST
    @Path("leave-post")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Leave the post with a reason (A3): the window stops calling")
    public LeavePost leave(@PathParam("site") String code, Leave leave, @Context SecurityContext security) {
        RequestValues.required(leave, "a leave (staffNumber, reason)");
        return posts.leavePost(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), leave.staffNumber(), leave.reason());
    }

    @POST
    @Path("return-to-post")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Return to the post (A3)")
    public LeavePost back(@PathParam("site") String code, StaffRef ref, @Context SecurityContext security) {
        RequestValues.required(ref, "a staff number");
        return posts.returnToPost(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), ref.staffNumber());
    }

    @GET
    @Path("posts")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Who is signed in at which window now, and who is away from the post (A4)")
    public List<PostJson> posts(@PathParam("site") String code) {
        return posts.posts(sites.siteWithCode(code).id()).stream().map(p -> new PostJson(p.record(), p.leave().orElse(null), p.staffed()))
                .toList();
    }

    /** A post as JSON: the open attendance record, the leave-post while the person is away (else null), staffed or not. */
    public record PostJson(AttendanceRecord record, LeavePost leave, boolean staffed) {
    }

    @GET
    @Path("roster")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The effective shifts of a day (A1); today without ?date=")
    public List<Shift> roster(@PathParam("site") String code, @QueryParam("date") String date) {
        long siteId = sites.siteWithCode(code).id();
        return roster.roster(siteId, RequestValues.date("date", date, sites.today(siteId))); // today at the site (issue 12)
    }

    @GET
    @Path("today")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Today's attendance records, absences included (supervisor)")
    public List<AttendanceRecord> today(@PathParam("site") String code) {
        return posts.today(sites.siteWithCode(code).id());
    }

    @GET
    @Path("alerts")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The staffing alerts that stand now (supervisor)")
    public List<AlertView> alerts(@PathParam("site") String code) {
        return alerts.standingAlerts(sites.siteWithCode(code).id()).stream().map(a -> new AlertView(a.kind(), a.message(), a.window(),
                a.service(), a.staffNumber(), a.raisedAt())).toList();
    }

    /**
     * A5: the month's report as the API writes it. The month is text like {@code 2026-11} (as JSON
     * has it), which the OpenAPI document states; swagger would describe a {@link YearMonth} as an
     * object of year and month.
     */
    @Schema(name = "MonthlyReport", description = "A site's attendance for a month: one line per staff member and the records behind it")
    public record ReportJson(long siteId,
            @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", example = "2026-11", description = "the month (ISO-8601 year-month)") String month,
            List<MonthlyReport.Line> lines, List<AttendanceRecord> records) {

        public static ReportJson of(MonthlyReport r) {
            return new ReportJson(r.siteId(), r.month().toString(), r.lines(), r.records());
        }
    }

    @GET
    @Path("report")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The monthly attendance report (A5, supervisor): ?month=2026-11")
    public ReportJson report(@PathParam("site") String code, @QueryParam("month") String month) {
        return ReportJson.of(reports.report(sites.siteWithCode(code).id(), RequestValues.month("month", month)));
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The monthly attendance report as CSV for spreadsheets (A5, supervisor)")
    public Response reportCsv(@PathParam("site") String code, @QueryParam("month") String month) {
        YearMonth m = RequestValues.month("month", month);
        Site site = sites.siteWithCode(code);
        return RequestValues.csv(reports.reportCsv(site.id(), m), "attendance-" + site.code() + "-" + m);
    }

    @POST
    @Path("records/{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Correct a record with a reason (A5, supervisor; audited)")
    public AttendanceRecord correct(@PathParam("site") String code, @PathParam("id") long id, CorrectionBody c,
            @Context SecurityContext security) {
        RequestValues.required(c, "a correction (clockIn, clockOut, reason)");
        sites.siteWithCode(code);
        return reports.correct(ActorPrincipal.actorOf(security), id, new Correction(RequestValues.instant("clockIn", c.clockIn()),
                c.clockOut() == null || c.clockOut().isBlank() ? null : RequestValues.instant("clockOut", c.clockOut()), c.reason()));
    }
}
