package org.servicehall.queue.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.queue.Booking;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketStatus;
import org.servicehall.queue.internal.Bookings;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.queue.internal.QueueExtensions;
import org.servicehall.queue.internal.TicketPositions;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.ApiResource;
import org.servicehall.web.LightPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Following a ticket on a phone (the printed ticket's QR code leads here): a light HTML page and
 * its server-sent event stream, served over the REST API with no console session.
 */
@Component(service = ApiResource.class)
@Path("v1/queue/follow")
@Tag(name = "queue")
public final class FollowResource implements ApiResource {
    private static final String BOOKING_PAGE = page("book.html");
    private static final String UNKNOWN_PAGE = page("unknown-ticket.html");
    private static final String CANCEL_PAGE = page("cancel-booking.html");

    private final TicketPositions queue;
    private final QueueExtensions extensions;
    private final SiteService sites;
    private final Clock clock;
    private final Followers followers;
    private final Bookings bookings;

    @Activate
    public FollowResource(@Reference TicketPositions queue, @Reference QueueExtensions extensions, @Reference QueueEventBus events,
            @Reference SiteService sites, @Reference Clock clock, @Reference Bookings bookings) {
        this.bookings = bookings;
        this.queue = queue;
        this.extensions = extensions;
        this.sites = sites;
        this.clock = clock;
        this.followers = new Followers(queue, events);
    }

    @Deactivate
    void deactivate() {
        followers.close();
    }

    private static String page(String name) {
        try (InputStream in = FollowResource.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is missing from the queue bundle", e);
        }
    }

    @GET
    @Path("{site}/book")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The light booking page of a site, for phones (Q9)")
    public String bookingPage(@PathParam("site") String site) {
        Site s = sites.siteByCode(site).orElseThrow(() -> new NotFound("Site", site));
        return BOOKING_PAGE.replace("{{site}}", escape(s.code())).replace("{{name}}", escape(s.name()))
                .replace("{{today}}", sites.today(s.id()).toString()); // the site's day (issue 12)
    }

    /** The address of a booking's cancellation page: the link in the confirmation, its token only the citizen holds. */
    static String cancelPath(String site, String token) {
        return "/api/v1/queue/follow/" + site.strip().toUpperCase() + "/cancel?t=" + token;
    }

    @GET
    @Path("{site}/cancel")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The light page that cancels a booking, opened from the link of its confirmation (Q9); an invalid link "
            + "gives a readable 404 page")
    public Response cancelPage(@PathParam("site") String site, @QueryParam("t") String token, @HeaderParam("Accept-Language") String language) {
        Site s = sites.siteByCode(site == null ? "" : site.strip().toUpperCase()).orElseThrow(() -> new NotFound(Bookings.text("error.site.unknown", site)));
        Locale reader = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Bookings.BookingView v;
        try {
            v = bookings.byCancelToken(s.code(), token);
        } catch (NotFound e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                    .entity("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                            + "content=\"width=device-width, initial-scale=1\"><title>" + escape(s.name()) + "</title></head><body "
                            + "style=\"font-family: system-ui, sans-serif; padding: 1.2em\"><h2>" + escape(s.name()) + "</h2><p id=\"cancel-error\" "
                            + "style=\"color: #b00020; font-size: 1.15em\">" + escape(e.message(reader)) + "</p></body></html>").build();
        }
        Booking b = v.booking();
        String status = Bookings.text("status." + b.status().name()).in(reader);
        return Response.ok(CANCEL_PAGE.replace("{{site}}", escape(s.code())).replace("{{name}}", escape(s.name()))
                .replace("{{code}}", escape(b.code())).replace("{{service}}", escape(v.serviceName()))
                .replace("{{when}}", escape(Bookings.text("format.date", b.date().getYear(), b.date().getMonthValue(),
                        b.date().getDayOfMonth()).in(reader) + " " + b.slotStart()))
                .replace("{{phone}}", escape(v.phone() == null ? "" : v.phone())).replace("{{status}}", escape(status))
                .replace("{{token}}", escape(token.strip())).replace("{{disabled}}", b.status() == Booking.Status.BOOKED ? "" : "disabled"))
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    @GET
    @Path("{site}/{number}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The light status page of one ticket, for phones; an unknown number gives a readable 404 page to "
            + "browsers (Accept: text/html) and problem+json to other clients; in the language of lang (zh-CN or en), else of "
            + "Accept-Language, else Chinese")
    public Response page(@PathParam("site") String site, @PathParam("number") String number, @HeaderParam("Accept") String accept,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Site s = queue.site(site);
        String n = number == null ? "" : number.trim().toUpperCase();
        Optional<TicketPosition> p = followers.position(s.id(), n);
        if (p.isEmpty()) {
            if (asksForHtml(accept)) { // Q2: a mistyped number on a phone reads as a page, not as raw JSON
                return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                        .entity(unknownTicketPage(s.code(), n)).build();
            }
            throw new NotFound("Ticket of " + s.code() + " today", n);
        }
        Locale reader = LightPage.reader(lang, headers == null ? null : headers.getAcceptableLanguages());
        List<ServiceOffers.Offer> offers = p.get().ticket().status() == TicketStatus.WAITING
                ? extensions.offers(s.id(), p.get().ticket().serviceCode(), reader) : List.of();
        return Response.ok(FollowPage.of(s, p.get(), reader, offers))
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    /** The readable page for a ticket number not issued today at the site; both values are escaped. */
    static String unknownTicketPage(String siteCode, String number) {
        return UNKNOWN_PAGE.replace("{{site}}", escape(siteCode)).replace("{{number}}", escape(number));
    }

    /**
     * Whether the client names HTML in its Accept header (as browsers do), not merely accepting
     * anything: {@code *}{@code /*} alone (curl, API clients) and {@code q=0} do not count.
     */
    static boolean asksForHtml(String accept) {
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String type = params[0].trim().toLowerCase(Locale.ROOT);
            if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                    try {
                        refused = Double.parseDouble(kv[1].trim()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = false;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    /** What a finished visit's page offers next (P1: the rating page of that visit). */
    public record FollowUp(String rate) {
    }

    @GET
    @Path("{site}/{number}/after")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "After the visit: the link to rate it (P1), once the ticket is done")
    public FollowUp after(@PathParam("site") String site, @PathParam("number") String number) {
        Site s = queue.site(site);
        String n = number == null ? "" : number.trim().toUpperCase();
        TicketPosition p = followers.position(s.id(), n).orElseThrow(() -> new NotFound("Ticket of " + s.code() + " today", n));
        // the ticket as it is now, not as a phone's snapshot had it
        return new FollowUp(extensions.followUpLink(queue.ticket(p.ticket().id())).orElse(null));
    }

    @GET
    @Path("{site}/{number}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events 'position' with the ticket's status, people ahead and estimated wait")
    public void events(@PathParam("site") String site, @PathParam("number") String number, @Context SseEventSink sink,
            @Context Sse sse) {
        Site s = queue.site(site);
        String n = number == null ? "" : number.trim().toUpperCase();
        TicketPosition p = followers.position(s.id(), n).orElseThrow(() -> new NotFound("Ticket of " + s.code() + " today", n));
        followers.follow(s.id(), p, sink, sse);
    }

    @GET
    @Path("{site}/board/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events 'board' with the whole display board after every change (light boards, signage)")
    public void board(@PathParam("site") String site, @Context SseEventSink sink, @Context Sse sse) {
        Site s = queue.site(site);
        followers.followBoard(s.id(), s.code(), sink, sse);
    }

    int followers() {
        return followers.count();
    }

    private static String escape(String s) {
        return LightPage.escape(s);
    }
}
