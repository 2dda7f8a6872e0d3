package org.servicehall.complaint.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.internal.ComplaintTexts;
import org.servicehall.complaint.internal.SiteCodes;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The citizens' light pages (no console session, so many phones at once cost little): rating one
 * visit through the ticket's link or QR code (P1), the web complaint form and the tracking page
 * (P2/P3). No contact data is ever shown here (S3).
 */
@Component(service = ApiResource.class)
@Path("v1/complaint/public")
@Tag(name = "complaint")
public final class PublicResource implements ApiResource {
    private static final String RATE_PAGE = page("rate.html");
    private static final String COMPLAIN_PAGE = page("complain.html");

    private final Ratings ratings;
    private final ComplaintWorkflow complaints;
    private final QueueReadModel queue;
    private final SiteService sites;

    @Activate
    public PublicResource(@Reference Ratings ratings, @Reference ComplaintWorkflow complaints, @Reference QueueReadModel queue,
            @Reference SiteService sites) {
        this.ratings = ratings;
        this.complaints = complaints;
        this.queue = queue;
        this.sites = sites;
    }

    static String page(String name) {
        try (InputStream in = PublicResource.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is missing from the complaint bundle", e);
        }
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    // ---- P1: rating one visit from a phone

    /** A rating from the light page: the link's token and the citizen's choice. */
    public record PhoneRating(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String token,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RatingLevel level, List<String> reasons, @Schema(maxLength = 1000) String comment) {
    }

    /** What the rating page learns after rating: no staff names. */
    public record Rated(String number, RatingLevel level, String trackingHint) {
    }

    @GET
    @Path("rate/{ticket}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The light page rating one visit; the link carries the visit's token (P1)")
    public String ratePage(@PathParam("ticket") long ticketId, @QueryParam("t") String token) {
        Ticket t = queue.ticket(ticketId);
        if (!ratings.tokenValid(t, token)) {
            throw new AccessDenied(ComplaintTexts.text("complaint.error.rating.link", t.number()));
        }
        String state = ratings.ratingOf(ticketId).isPresent() ? "rated" : t.status() == TicketStatus.DONE ? "open" : "unfinished";
        return RATE_PAGE.replace("{{ticket}}", String.valueOf(t.id())).replace("{{token}}", escape(token))
                .replace("{{number}}", escape(t.number())).replace("{{state}}", state)
                .replace("{{reasons}}", escape(String.join("|", ratings.ratingReasons())));
    }

    @POST
    @Path("rate/{ticket}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate one finished visit with the token of its link; once per visit (P1)")
    public Response rate(@PathParam("ticket") long ticketId, PhoneRating r) {
        if (r == null) {
            throw ValidationException.of("level", ComplaintTexts.text("complaint.error.level.required"));
        }
        Rating saved = ratings.rateWithToken(ticketId, r.token(),
                new RatingRequest(ticketId, r.level(), r.reasons(), r.comment(), RatingChannel.PHONE));
        String hint = saved.complaintId() == null ? null
                : complaints.complaint(Actor.SYSTEM, saved.complaintId()).trackingNumber();
        return RequestValues.created(new Rated(saved.ticketNumber(), saved.level(), hint));
    }

    // ---- P2/P3: web complaint and tracking

    @GET
    @Path("{site}/complain")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The light complaint form of a site (P3)")
    public String complainPage(@PathParam("site") String site) {
        Site s = SiteCodes.site(sites, site);
        return COMPLAIN_PAGE.replace("{{site}}", escape(s.code())).replace("{{name}}", escape(s.name()));
    }

    /** A citizen's complaint from the web page or a kiosk: source WEB (default) or KIOSK. */
    public record CitizenComplaint(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ComplaintSource source,
            @Schema(maxLength = 40) String category,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text,
            @Schema(maxLength = 100) String contactName,
            @Schema(maxLength = 30) String contactPhone,
            @Schema(maxLength = 20) String ticketNumber,
            Integer windowNumber) {
    }

    /** What the complainant gets back: the tracking number and the first deadline; nothing else. */
    public record Registered(String trackingNumber, ComplaintStatus status, LocalDate due, String trackPath) {
    }

    @POST
    @Path("{site}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a complaint from the web page or a kiosk; anonymous allowed (P3)")
    public Response complain(@PathParam("site") String site, CitizenComplaint c) {
        if (c == null) {
            throw ValidationException.of("text", ComplaintTexts.text("complaint.error.text.empty"));
        }
        ComplaintSource source = c.source() == ComplaintSource.KIOSK ? ComplaintSource.KIOSK : ComplaintSource.WEB;
        Complaint k = complaints.register(ComplaintWorkflow.CITIZEN, SiteCodes.site(sites, site).id(),
                ComplaintDraft.builder(source, c.text()).category(c.category()).contactName(c.contactName()).contactPhone(c.contactPhone())
                        .ticketNumber(c.ticketNumber()).windowNumber(c.windowNumber()).build());
        return RequestValues.created(new Registered(k.trackingNumber(), k.status(), k.due(),
                "/api/v1/complaint/public/track/" + k.trackingNumber()));
    }

    @GET
    @Path("track/{tracking}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The light tracking page of a complaint (P2), in the reader's language (Accept-Language; Chinese when it "
            + "names none; ?lang=zh-CN or en chooses): status, the stages' due dates and why the due date moved, the answer given; a number that is not a "
            + "tracking number, or one the hall did not give, reads as a page saying so (404), never as JSON")
    public Response trackPage(@PathParam("tracking") String tracking, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale reader = TrackingPage.reader(lang, headers == null ? null : headers.getAcceptableLanguages());
        String number = tracking == null ? "" : tracking.strip().toUpperCase();
        try {
            return html(Response.Status.OK, TrackingPage.of(complaints.track(number), reader));
        } catch (NotFound e) {
            return html(Response.Status.NOT_FOUND, TrackingPage.problem(number, e, reader));
        } catch (ValidationException e) {
            return html(Response.Status.BAD_REQUEST, TrackingPage.problem(number, e.errors().get(0).text() == null ? e
                    : new HallException(e.errors().get(0).text()), reader));
        }
    }

    private static Response html(Response.Status status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(page).build();
    }

    @GET
    @Path("track/{tracking}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A complaint's public status by its tracking number: no contact data, no staff names (P2, S3)")
    public ComplaintTracking track(@PathParam("tracking") String tracking) {
        return complaints.track(tracking);
    }

    @GET
    @Path("{site}/categories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The complaint categories offered now (P3)")
    public List<ComplaintCategory> categories(@PathParam("site") String site) {
        SiteCodes.site(sites, site);
        return complaints.categories();
    }
}
