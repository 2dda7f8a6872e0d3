package org.servicehall.site.internal.rest;

import java.time.LocalTime;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/sites}: sites, their service items and windows, for kiosks and integrations. */
@Component(service = ApiResource.class)
@Path("v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sites")
public final class SitesResource implements ApiResource {
    private final SiteService sites;

    @Activate
    public SitesResource(@Reference SiteService sites) {
        this.sites = sites;
    }

    /** A service item as kiosks see it. */
    public record ServiceItemView(String code, String name, String ticketPrefix, String sector, String timeLimit, boolean available) {
    }

    /** A site as kiosks and integrations see it; its hours are in its zone. */
    public record SiteView(long id, String code, String name, String address, LocalTime opensAt, LocalTime closesAt,
            @Schema(description = "the site's time zone (IANA id): its opening hours, dates and clock-in times are in it",
                    example = "Asia/Shanghai") String zone) {
        static SiteView of(Site s) {
            return new SiteView(s.id(), s.code(), s.name(), s.address(), s.opensAt(), s.closesAt(), s.zone().getId());
        }
    }

    @GET
    @Operation(summary = "All sites, each with its opening hours and time zone")
    public List<SiteView> list() {
        return sites.sites().stream().map(SiteView::of).toList();
    }

    @GET
    @Path("{code}/service-items")
    @Operation(summary = "The service items of a site, with whether each can be served now")
    public List<ServiceItemView> items(@PathParam("code") String code) {
        Site site = sites.siteWithCode(code);
        return sites.serviceItems(site.id()).stream().map(this::view).toList();
    }

    private ServiceItemView view(ServiceItem i) {
        return new ServiceItemView(i.code(), i.name(), i.ticketPrefix(), i.sector(), i.timeLimit().toString(), sites.isAvailable(i));
    }

    @GET
    @Path("{code}/windows")
    @Operation(summary = "The windows of a site and the services each serves")
    public List<Window> windows(@PathParam("code") String code) {
        return sites.windows(sites.siteWithCode(code).id());
    }

    @POST
    @Path("{code}/windows")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Create a window (admin)")
    public Window createWindow(@PathParam("code") String code, WindowDraft draft, @Context SecurityContext security) {
        RequestValues.required(draft, "a window (number, name, serviceCodes)");
        return sites.createWindow(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), draft);
    }
}
