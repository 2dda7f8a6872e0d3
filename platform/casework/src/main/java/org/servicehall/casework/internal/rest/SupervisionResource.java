package org.servicehall.casework.internal.rest;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.HolidayTables;
import org.servicehall.casework.Supervision;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/casework/sites/{site}/…}: electronic supervision (T3: counts by light, escalated
 * red cases, the monthly report) and the yearly holiday tables (T2, with the standing warning of a
 * year without one).
 */
@Component(service = ApiResource.class)
@Path("v1/casework")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class SupervisionResource implements ApiResource {
    private final Supervision supervision;
    private final HolidayTables holidays;
    private final SiteService sites;

    @Activate
    public SupervisionResource(@Reference Supervision supervision, @Reference HolidayTables holidays, @Reference SiteService sites) {
        this.supervision = supervision;
        this.holidays = holidays;
        this.sites = sites;
    }

    private long site(String code) {
        return sites.siteWithCode(code).id();
    }

    @GET
    @Path("sites/{site}/supervision")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "电子监察: the open cases by light, and by light per service item, unit, window or staff member (T3)")
    public Supervision.Counts counts(@PathParam("site") String site, @QueryParam("by") String by, @Context SecurityContext security) {
        Dimension dimension = by == null ? Dimension.SERVICE : RequestValues.enumValue(Dimension.class, "by", by);
        return supervision.counts(ActorPrincipal.actorOf(security), site(site), dimension);
    }

    @GET
    @Path("sites/{site}/escalations")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The red cases escalated to the supervisor and still open (T3)")
    public List<Supervision.Escalation> escalations(@PathParam("site") String site, @Context SecurityContext security) {
        return supervision.escalations(ActorPrincipal.actorOf(security), site(site));
    }

    @GET
    @Path("sites/{site}/monthly")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The cases completed in a month (2026-10), in time and late, per unit and staff member (T3, M1)")
    public List<Supervision.MonthlyRow> monthly(@PathParam("site") String site, @QueryParam("month") String month,
            @Context SecurityContext security) {
        return supervision.monthly(ActorPrincipal.actorOf(security), site(site), RequestValues.month("month", month));
    }

    @GET
    @Path("sites/{site}/holidays")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The yearly holiday tables loaded for the site (T2)")
    public List<HolidayTables.Table> tables(@PathParam("site") String site) {
        return holidays.tables(site(site));
    }

    @POST
    @Path("sites/{site}/holidays")
    @Consumes(MediaType.TEXT_PLAIN)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Load a yearly holiday table (the State Council's notice as dates) into the site's calendar (T2)")
    public HolidayTables.Table load(@PathParam("site") String site, String text, @Context SecurityContext security) {
        return holidays.load(ActorPrincipal.actorOf(security), site(site), text);
    }

    @GET
    @Path("holiday-warnings")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Every site and year that needs a holiday table and has none (T2)")
    public List<HolidayTables.Warning> warnings() {
        return holidays.warnings();
    }
}
