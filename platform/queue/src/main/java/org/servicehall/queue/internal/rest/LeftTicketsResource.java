package org.servicehall.queue.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.queue.internal.LeftTickets;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Issue 17 (Q5, Q6): the site's tickets left called or served at a window past the configured time
 * ({@code calledLeftMinutes}, {@code servingLeftMinutes} in {@code etc/org.servicehall.queue.cfg}) or
 * from an earlier day, for the supervisor to return to the queue or close, audited.
 */
@Component(service = ApiResource.class)
@Path("v1/queue/sites/{site}/left-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "queue")
public final class LeftTicketsResource implements ApiResource {
    private final LeftTickets left;
    private final QueueReadModel reads;
    private final SiteService sites;

    @Activate
    public LeftTicketsResource(@Reference LeftTickets left, @Reference QueueReadModel reads, @Reference SiteService sites) {
        this.left = left;
        this.reads = reads;
        this.sites = sites;
    }

    /** A ticket left at its window: who, where, since when and for how many minutes. */
    public record LeftTicketView(long id, String number, String serviceCode, TicketStatus status, Integer window, LocalDate businessDate,
            Instant calledAt, Instant startedAt, long minutes) {
    }

    private long siteId(String code) {
        return sites.siteByCode(code).orElseThrow(() -> new NotFound("Site", code)).id();
    }

    /** The ticket, if it is one of this site's. */
    private long ticketOf(String site, long ticket) {
        long siteId = siteId(site);
        Ticket t = reads.ticket(ticket);
        if (t.siteId() != siteId) {
            throw new NotFound("Ticket", ticket);
        }
        return ticket;
    }

    @GET
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Tickets left called or served at a window past the configured time, or from an earlier day, the longest "
            + "left first (issue 17; supervisor)")
    public List<LeftTicketView> list(@PathParam("site") String site, @Context SecurityContext security) {
        return left.left(ActorPrincipal.actorOf(security), siteId(site)).stream().map(l -> {
            Ticket t = l.ticket();
            return new LeftTicketView(t.id(), t.number(), t.serviceCode(), t.status(), t.windowNumber(), t.businessDate(), t.calledAt(),
                    t.startedAt(), l.since().toMinutes());
        }).toList();
    }

    @POST
    @Path("{ticket}/return")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Return a ticket left at a window to the queue of its service with its issue time, so its place (issue 17; "
            + "supervisor; tickets of the day)")
    public Ticket returnToQueue(@PathParam("site") String site, @PathParam("ticket") long ticket, @Context SecurityContext security) {
        return left.returnToQueue(ActorPrincipal.actorOf(security), ticketOf(site, ticket));
    }

    @POST
    @Path("{ticket}/close")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Close a ticket left at a window: a called one as no-show, a served one as done (issue 17; supervisor)")
    public Ticket close(@PathParam("site") String site, @PathParam("ticket") long ticket, @Context SecurityContext security) {
        return left.close(ActorPrincipal.actorOf(security), ticketOf(site, ticket));
    }
}
