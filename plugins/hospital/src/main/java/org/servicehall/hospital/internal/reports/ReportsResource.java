package org.servicehall.hospital.internal.reports;

import java.time.LocalDate;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/hospital/reports}: a hospital hall's day in figures for supervisors (H2-H4). */
@Component(service = ApiResource.class)
@Path("v1/hospital/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hospital")
public final class ReportsResource implements ApiResource {
    private final HospitalReports reports;
    private final SiteService sites;

    @Activate
    public ReportsResource(@Reference HospitalReports reports, @Reference SiteService sites) {
        this.reports = reports;
        this.sites = sites;
    }

    @GET
    @Path("sites/{site}/day")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "One day (default today, the site's day): prescriptions dispensed, dispensings refused and the checks they "
            + "missed, turnaround P50/P90, late reports and breaches per class, payments finished and their sum")
    public DayReport day(@PathParam("site") String site, @QueryParam("day") String day, @Context SecurityContext security) {
        long siteId = sites.siteWithCode(site).id();
        LocalDate d = RequestValues.date("day", day, sites.today(siteId));
        return reports.day(ActorPrincipal.actorOf(security), siteId, d);
    }
}
