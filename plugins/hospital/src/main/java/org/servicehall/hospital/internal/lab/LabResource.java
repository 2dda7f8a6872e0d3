package org.servicehall.hospital.internal.lab;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/hospital/lab}: specimens from order to report, 三对, turnaround limits and figures, the patient's slip (H4). */
@Component(service = ApiResource.class)
@Path("v1/hospital/lab")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hospital")
public final class LabResource implements ApiResource {
    private final Laboratory lab;
    private final SiteService sites;

    @Activate
    public LabResource(@Reference Laboratory lab, @Reference SiteService sites) {
        this.lab = lab;
        this.sites = sites;
    }

    /** A specimen ordered by the information system or at the lab window (its barcode number). */
    @Schema(name = "HospitalSpecimenOrder")
    public record OrderBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String specimenNumber,
            @Schema(maxLength = 20) String ticketNumber, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String patientName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String testCode,
            @Schema(description = "a special test's agreed report time, ISO-8601") String appointmentAt) {
    }

    /** 三对: the name, test item and specimen number read back at the station. */
    @Schema(name = "HospitalThreeChecks")
    public record SampleBody(String patientName, String testCode, String specimenNumber) {
    }

    @Schema(name = "HospitalTatLimit")
    public record LimitBody(Integer limitMinutes, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "50 to 99") Integer warnPercent) {
    }

    @POST
    @Path("sites/{site}/specimens")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Order a specimen (H4); a specimen number is used once")
    public Response order(@PathParam("site") String site, OrderBody body, @Context SecurityContext security) {
        OrderBody b = RequestValues.required(body, "specimen");
        Instant appointment = b.appointmentAt() == null || b.appointmentAt().isBlank() ? null : RequestValues.instant("appointmentAt",
                b.appointmentAt());
        Specimen s = lab.order(ActorPrincipal.actorOf(security), new SpecimenOrder(sites.siteWithCode(site).id(), b.specimenNumber(),
                b.ticketNumber(), b.patientName(), b.testCode(), appointment));
        return RequestValues.created(s);
    }

    @GET
    @Path("specimens/{specimenNumber}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "A specimen by its barcode number")
    public Specimen one(@PathParam("specimenNumber") String number) {
        return lab.byNumber(number);
    }

    @POST
    @Path("specimens/{id}/sample")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Take the specimen after 三对 (name, test item, specimen number); each mismatch is named (422)")
    public Specimen sample(@PathParam("id") long id, SampleBody body, @Context SecurityContext security) {
        SampleBody b = RequestValues.required(body, "threeChecks");
        return lab.sample(ActorPrincipal.actorOf(security), id, b.patientName(), b.testCode(), b.specimenNumber());
    }

    @POST
    @Path("specimens/{id}/report")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The specimen's report is out (its turnaround is measured, the patient's page says so)")
    public Specimen report(@PathParam("id") long id, @Context SecurityContext security) {
        return lab.report(ActorPrincipal.actorOf(security), id);
    }

    @GET
    @Path("sites/{site}/board")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The TAT board: specimens not reported and today's reported")
    public List<Specimen> board(@PathParam("site") String site) {
        return lab.board(sites.siteWithCode(site).id());
    }

    @GET
    @Path("sites/{site}/figures")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "P50/P90 turnaround per class of a day (default today)")
    public List<TatFigures> figures(@PathParam("site") String site, @QueryParam("day") String day) {
        long siteId = sites.siteWithCode(site).id();
        LocalDate d = RequestValues.date("day", day, sites.today(siteId));
        return lab.figures(siteId, d);
    }

    @GET
    @Path("classes")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The turnaround-time classes and their limits")
    public List<TatClass> classes() {
        return List.copyOf(lab.classes().values());
    }

    @PUT
    @Path("classes/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Change a class's limit (minutes) and warning point (per cent of the time allowed)")
    public TatClass setClass(@PathParam("code") String code, LimitBody body, @Context SecurityContext security) {
        LimitBody b = RequestValues.required(body, "limit");
        return lab.setClass(ActorPrincipal.actorOf(security), code, b.limitMinutes(), b.warnPercent() == null ? 0 : b.warnPercent());
    }

    @GET
    @Path("slips/{token}")
    @Operation(summary = "The patient's slip: when and where to collect the report, and whether it is ready (public, by the slip's token)")
    public Slip slip(@PathParam("token") String token, @Context HttpHeaders headers) {
        List<Locale> languages = headers.getAcceptableLanguages();
        Locale reader = languages.isEmpty() || "*".equals(languages.get(0).toString()) ? Locale.SIMPLIFIED_CHINESE : languages.get(0);
        return lab.slip(token, reader);
    }
}
