package org.servicehall.queue.internal.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.Appointments;
import org.servicehall.queue.Board;
import org.servicehall.queue.Booking;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.QueueSettings.Thresholds;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.Slot;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.WindowStates;
import org.servicehall.queue.internal.Bookings;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/queue}: tickets for kiosks and phones (public) and calling for counter systems
 * (staff, HTTP Basic). Errors are problem+json naming the problem; a refused step changes nothing.
 * Over 500 lines because it is the queue's whole published path tree in one place (its OpenAPI tag and
 * the integrators' one page): each method is a thin mapping onto one service call, no logic to split.
 */
@Component(service = ApiResource.class)
@Path("v1/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "queue")
public final class QueueResource implements ApiResource {
    private final TicketLifecycle tickets;
    private final QueueReadModel reads;
    private final WindowStates windows;
    private final StandingAlerts alerts;
    private final Appointments appointments;
    private final Bookings bookings;
    private final QueueSettings settings;
    private final SiteService sites;
    private final Clock clock;

    @Activate
    public QueueResource(@Reference TicketLifecycle tickets, @Reference QueueReadModel reads, @Reference WindowStates windows,
            @Reference StandingAlerts alerts, @Reference Appointments appointments, @Reference Bookings bookings,
            @Reference QueueSettings settings, @Reference SiteService sites, @Reference Clock clock) {
        this.tickets = tickets;
        this.reads = reads;
        this.windows = windows;
        this.alerts = alerts;
        this.appointments = appointments;
        this.bookings = bookings;
        this.settings = settings;
        this.sites = sites;
        this.clock = clock;
    }

    /** A site's queue settings (Q3, Q4 per service; Q7 board languages; Q9 each service's appointments, issue 14 H5). */
    public record SiteSettings(boolean announceInEnglish, Map<String, Thresholds> services,
            @Schema(description = "per service: whether it takes appointments, its slot length and places per slot (Q9)")
            Map<String, BookingRule> booking) {
    }

    /** Q9 (issue 14 H5): a service's own booking values; null for any keeps the installation's default (all null: the defaults). */
    public record BookingBody(@Schema(nullable = true, description = "whether the service takes appointments") Boolean bookable,
            @Schema(nullable = true, minimum = "5", maximum = "240", description = "slot length in minutes") Integer slotMinutes,
            @Schema(nullable = true, minimum = "1", maximum = "100", description = "appointments per slot") Integer places) {
    }

    /** Q9 (issue 14 H5): a service offered on the booking page. */
    @Schema(name = "BookableService")
    public record BookableServiceView(String code, String name, int slotMinutes, int places) {
    }

    /** Q3/Q4: a service's own thresholds; null for either keeps the default. */
    @Schema(minProperties = 1)
    public record ThresholdsBody(Integer alertWaitingOver, Integer waitTargetMinutes) {
    }

    /** Q7: whether boards also announce in English. */
    public record AnnounceBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean english) {
    }

    private long siteId(String code) {
        return sites.siteByCode(code).orElseThrow(() -> new NotFound("Site", code)).id();
    }

    @GET
    @Path("sites/{site}/settings")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The site's queue settings: board languages and each service's thresholds (Q3, Q4, Q7; staff)")
    public SiteSettings settings(@PathParam("site") String site) {
        long id = siteId(site);
        Map<String, Thresholds> services = new TreeMap<>();
        Map<String, BookingRule> booking = new TreeMap<>();
        sites.serviceItems(id).forEach(i -> {
            services.put(i.code(), settings.thresholds(id, i.code()));
            booking.put(i.code(), settings.booking(id, i.code()));
        });
        return new SiteSettings(settings.announceInEnglish(id), services, booking);
    }

    @GET
    @Path("sites/{site}/services/{service}/booking")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "A service's appointments: whether it takes them, its slot length and places per slot (Q9; staff)")
    public BookingRule bookingRule(@PathParam("site") String site, @PathParam("service") String service) {
        long id = siteId(site);
        String code = service == null ? "" : service.trim().toUpperCase();
        sites.serviceItems(id).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(() -> new NotFound("Service", code));
        return settings.booking(id, code);
    }

    @PUT
    @Path("sites/{site}/services/{service}/booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Set a service's appointments: bookable or not, slot length (5-240 minutes), places per slot (1-100); "
            + "null for any keeps the installation's default. Bookings already made keep their slot (Q9, issue 14 H5; the site's admin)")
    public BookingRule setBooking(@PathParam("site") String site, @PathParam("service") String service, BookingBody body,
            @Context SecurityContext security) {
        BookingBody b = body == null ? new BookingBody(null, null, null) : body;
        return settings.setBooking(ActorPrincipal.actorOf(security), siteId(site), service, b.bookable(), b.slotMinutes(), b.places());
    }

    @GET
    @Path("sites/{site}/bookable-services")
    @Operation(summary = "The services that take appointments now, with their slot length and places per slot (Q9, issue 14 H5); "
            + "the booking page offers these")
    public List<BookableServiceView> bookableServices(@PathParam("site") String site) {
        return bookings.bookableServices(site).stream().map(b -> new BookableServiceView(b.code(), b.name(), b.slotMinutes(), b.places()))
                .toList();
    }

    @PUT
    @Path("sites/{site}/services/{service}/thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Set a service's own thresholds (Q3, Q4; supervisor)")
    public Thresholds thresholds(@PathParam("site") String site, @PathParam("service") String service,
            ThresholdsBody body, @Context SecurityContext security) {
        ThresholdsBody b = body == null ? new ThresholdsBody(null, null) : body;
        return settings.setThresholds(ActorPrincipal.actorOf(security), siteId(site), service, b.alertWaitingOver(), b.waitTargetMinutes());
    }

    @PUT
    @Path("sites/{site}/announce-english")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Have the site's boards also announce calls in English (Q7; admin)")
    public SiteSettings announce(@PathParam("site") String site, AnnounceBody body, @Context SecurityContext security) {
        if (body == null || body.english() == null) {
            throw ValidationException.of("english", "true or false is required");
        }
        settings.setAnnounceInEnglish(ActorPrincipal.actorOf(security), siteId(site), body.english());
        return settings(site);
    }

    /** An appointment request (Q9): service, day, the slot's start time and the citizen's mobile phone. */
    public record BookingRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String service,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalTime slot,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20, example = "13812345678") String phone) {
    }

    /** A booking as every read shows it: the phone masked (138****5678), the service's name. */
    @Schema(name = "BookingView")
    public record BookingJson(long id, String serviceCode, String serviceName, LocalDate date, LocalTime slotStart, String code,
            Booking.Status status, @Schema(nullable = true) Long ticketId, @Schema(nullable = true, example = "138****5678") String phone) {

        static BookingJson of(Bookings.BookingView v) {
            Booking b = v.booking();
            return new BookingJson(b.id(), b.serviceCode(), v.serviceName(), b.date(), b.slotStart(), b.code(), b.status(), b.ticketId(),
                    v.phone());
        }
    }

    /** The answer to a booking: the booking and the address of its cancellation page (its token only the citizen holds). */
    public record BookingConfirmation(BookingJson booking, String cancelPath) {
    }

    /** The token of a booking's cancellation link. */
    public record Cancellation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String token) {
    }

    @GET
    @Path("sites/{site}/slots")
    @Operation(summary = "Bookable slots of a service on a day, with the places left (Q9)")
    public List<Slot> slots(@PathParam("site") String site, @QueryParam("service") String service, @QueryParam("date") String date) {
        return appointments.slots(site, service, parseDate(date));
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException e) {
            throw ValidationException.of("date", Bookings.text("error.date.invalid", date));
        }
    }

    @POST
    @Path("sites/{site}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book an appointment in a slot for a mobile phone (Q9); the answer carries the booking code, the phone "
            + "masked and the address of the cancellation page")
    public Response book(@PathParam("site") String site, BookingRequest request) {
        if (request == null) {
            throw ValidationException.of("body", Bookings.text("error.body.required"));
        }
        Bookings.Confirmation c = bookings.book(site, request.service(), request.date(), request.slot(), request.phone());
        return RequestValues.created(new BookingConfirmation(BookingJson.of(c.booking()),
                FollowResource.cancelPath(site, c.cancelToken())));
    }

    @GET
    @Path("sites/{site}/bookings/{code}")
    @Operation(summary = "A booking by its code, the phone masked")
    public BookingJson booking(@PathParam("site") String site, @PathParam("code") String code) {
        return BookingJson.of(bookings.view(site, code));
    }

    @POST
    @Path("sites/{site}/bookings/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a booking with the token of its cancellation link (Q9); its place is given back")
    public BookingJson cancel(@PathParam("site") String site, Cancellation request) {
        return BookingJson.of(bookings.cancel(site, request == null ? null : request.token()));
    }

    @POST
    @Path("sites/{site}/bookings/{code}/check-in")
    @Operation(summary = "Check in a booking at the kiosk: it becomes a ticket with appointment priority (Q9)")
    public Response checkIn(@PathParam("site") String site, @PathParam("code") String code) {
        return RequestValues.created(appointments.checkIn(site, code));
    }

    /** Q1, Q8: a service of the site as kiosks and integrators see it before taking a ticket. */
    @Schema(name = "ServiceIssuing", description = "A service of the site and whether tickets can be taken for it now (Q1, Q8)")
    public record ServiceIssuingView(String code, String name, String ticketPrefix, String sector,
            @Schema(description = "whether a ticket can be taken now (POST …/tickets is accepted)") boolean takingTickets,
            @Schema(nullable = true, description = "why not; null while tickets are taken") IssuingStatus.Reason reason,
            @Schema(nullable = true, description = "when issuing opens again, in the site's time zone (the next working day's "
                    + "issuing start, 30 minutes before the windows open); null while tickets are taken or when it waits for a window "
                    + "to be opened or a sector plugin to be installed") OffsetDateTime opensAgainAt,
            @Schema(nullable = true, description = "the reason in words; null while tickets are taken") String message) {
    }

    @GET
    @Path("sites/{site}/services")
    @Operation(summary = "The site's services and whether tickets can be taken for each now; when not, why (not a working day, "
            + "before issuing starts, closed for the day, no open window, not offered) and when issuing opens again (Q1, Q8)")
    public List<ServiceIssuingView> services(@PathParam("site") String site) {
        long id = siteId(site);
        Map<String, ServiceItem> items = new HashMap<>();
        sites.serviceItems(id).forEach(i -> items.put(i.code(), i));
        return tickets.issuing(site).stream().filter(s -> items.containsKey(s.serviceCode())).map(s -> {
            ServiceItem i = items.get(s.serviceCode());
            return new ServiceIssuingView(i.code(), i.name(), i.ticketPrefix(), i.sector(), s.takingTickets(), s.reason(),
                    s.opensAgainAt() == null ? null : s.opensAgainAt().atZone(sites.clock(id).getZone()).toOffsetDateTime(), s.message());
        }).toList();
    }

    /** A ticket request from a kiosk or a phone. */
    public record TicketRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String service, PriorityClass priority) {
    }

    /** Where a called or served ticket goes next (Q6). */
    public record TransferRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String service, Integer window,
            @Schema(maxLength = 500) String note) {
    }

    /** Open or close a window for calling (Q11). */
    public record WindowState(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean open) {
    }

    @POST
    @Path("sites/{site}/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a ticket for a service (Q1); refused, naming why, while GET …/services says the service takes no "
            + "tickets (before issuing starts, after the closing time, on a day off, no open window; Q8)")
    public Response issue(@PathParam("site") String site, TicketRequest request) {
        if (request == null) {
            throw ValidationException.of("body", "a ticket request {service, priority} is required");
        }
        TicketReceipt receipt = tickets.issue(new IssueRequest(site, request.service(), request.priority(), Channel.API));
        return RequestValues.created(receipt);
    }

    @GET
    @Path("sites/{site}/tickets/{number}")
    @Operation(summary = "A ticket's status today: people ahead, estimated wait, the window calling it")
    public TicketPosition position(@PathParam("site") String site, @PathParam("number") String number) {
        return reads.position(site, number);
    }

    @GET
    @Path("sites/{site}/board")
    @Operation(summary = "What the display board shows: current calls per window and the last calls (Q7)")
    public Board board(@PathParam("site") String site) {
        return reads.board(site);
    }

    /** Q10: the live statistics of a site as the API gives them. */
    @Schema(name = "QueueStats")
    public record StatsView(List<ServiceStatsView> services, List<QueueStats.WindowStats> windows) {
        static StatsView of(QueueStats stats) {
            return new StatsView(stats.services().stream().map(ServiceStatsView::of).toList(), stats.windows());
        }
    }

    /** One service's figures today; the share within the wait target is null while nobody was called. */
    @Schema(name = "ServiceStats")
    public record ServiceStatsView(String serviceCode, String serviceName, int waiting, Duration longestWait, Duration averageWait,
            Duration averageService, int served, int noShows,
            @Schema(nullable = true, minimum = "0", maximum = "1",
                    description = "share of the tickets called today whose wait was within the wait target (0..1); "
                            + "null while no ticket was called") Double withinTarget,
            Duration predictedWait) {
        static ServiceStatsView of(QueueStats.ServiceStats s) {
            return new ServiceStatsView(s.serviceCode(), s.serviceName(), s.waiting(), s.longestWait(), s.averageWait(), s.averageService(),
                    s.served(), s.noShows(), Double.isNaN(s.withinTarget()) ? null : s.withinTarget(), s.predictedWait());
        }
    }

    @GET
    @Path("sites/{site}/stats")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Live statistics per service and window (Q10, supervisor)")
    public StatsView stats(@PathParam("site") String site) {
        return StatsView.of(reads.stats(siteId(site)));
    }

    /** Q3/Q4: a queue alert as the API gives it. */
    @Schema(name = "QueueAlert", description = "A queue alert (Q3, Q4): raised when its condition started, standing while it holds, "
            + "cleared when it ended; one per condition (per service for too many waiting, per ticket for a wait over the target)")
    public record AlertView(long id, String serviceCode,
            @Schema(description = "TOO_MANY_WAITING (Q3), WAIT_AT_RISK (predicted over the wait target) or WAIT_BREACHED "
                    + "(waited longer than the target; Q4)") QueueAlert.Kind kind,
            @Schema(nullable = true, description = "the ticket of a wait alert; null for TOO_MANY_WAITING") String ticketNumber,
            @Schema(description = "when the condition was first seen") Instant raisedAt,
            @Schema(description = "when it was last seen to hold (refreshed at least every 30 seconds while standing)") Instant lastSeenAt,
            @Schema(nullable = true, description = "when it ended; null while the alert stands") Instant clearedAt,
            @Schema(description = "whether the condition still holds") boolean standing,
            @Schema(description = "people waiting for the service when last seen") int waiting,
            @Schema(nullable = true, description = "the ticket's wait when last seen; null for TOO_MANY_WAITING") Duration waited,
            @Schema(nullable = true, description = "WAIT_AT_RISK: the wait predicted for the ticket from issue to call; null otherwise")
            Duration predictedWait,
            @Schema(description = "Q3 threshold of the service: more than this many waiting is an alert") int waitingOver,
            @Schema(description = "Q4 wait target of the service") Duration waitTarget,
            String message) {
        static AlertView of(QueueAlert a) {
            return new AlertView(a.id(), a.serviceCode(), a.kind(), a.ticketNumber(), a.raisedAt(), a.lastSeenAt(), a.clearedAt(),
                    a.standing(), a.waiting(), a.waited(), a.predictedWait(), a.waitingOver(), a.waitTarget(), a.message());
        }
    }

    @GET
    @Path("sites/{site}/alerts")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The site's queue alerts, newest first (Q3, Q4; supervisor): state=standing (default) lists those "
            + "standing now; state=all also those raised since 'from' (a date such as 2026-11-30 in the hall's time zone, or an "
            + "instant such as 2026-11-30T09:00:00+08:00; default: today) that are cleared. At most 1000.")
    public List<AlertView> alerts(@PathParam("site") String site,
            @Parameter(schema = @Schema(allowableValues = { "standing", "all" }, defaultValue = "standing")) @QueryParam("state")
            String state,
            @QueryParam("from") String from) {
        long id = siteId(site);
        boolean all = parseState(state);
        if (!all && from != null && !from.isBlank()) {
            throw ValidationException.of("from", "applies to state=all only: every standing alert is listed");
        }
        Instant since = all ? parseFrom(id, from) : null;
        return alerts.alerts(id, since).stream().map(AlertView::of).toList();
    }

    /** Whether the state asked for is "all" (else "standing"). */
    private static boolean parseState(String state) {
        if (state == null || state.isBlank() || state.trim().equalsIgnoreCase("standing")) {
            return false;
        }
        if (state.trim().equalsIgnoreCase("all")) {
            return true;
        }
        throw ValidationException.of("state", "'" + state + "' is neither 'standing' nor 'all'");
    }

    /** The start of {@code from}: a date (its start in the hall's zone) or an instant; today's start when absent. */
    private Instant parseFrom(long siteId, String from) {
        ZoneId zone = sites.clock(siteId).getZone(); // the site's own zone (issue 12)
        if (from == null || from.isBlank()) {
            return LocalDate.now(sites.clock(siteId)).atStartOfDay(zone).toInstant();
        }
        String f = from.trim();
        try {
            return LocalDate.parse(f).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(f).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                throw ValidationException.of("from", "'" + from + "' is neither a date like 2026-11-30 nor a time like "
                        + "2026-11-30T09:00:00+08:00");
            }
        }
    }

    @POST
    @Path("windows/{window}/call")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Call the next ticket at a window (Q5); 204 when nobody waits. While the window has a current ticket "
            + "(called or being served today) it answers that ticket again and calls nobody else, so a retry is safe (issue 17)")
    public Response callNext(@PathParam("window") long window, @Context SecurityContext security) {
        return tickets.callNext(ActorPrincipal.actorOf(security), window).map(t -> Response.ok(t).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("windows/{window}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Open or close a window for calling (Q11, supervisor)")
    public WindowState open(@PathParam("window") long window, WindowState state, @Context SecurityContext security) {
        if (state == null) {
            throw ValidationException.of("body", "{open: true|false} is required");
        }
        windows.setWindowOpen(ActorPrincipal.actorOf(security), window, state.open());
        return new WindowState(windows.isWindowOpen(window));
    }

    @GET
    @Path("windows/{window}/current")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The tickets a window is calling or serving (staff of the window's site, S1)")
    public List<Ticket> current(@PathParam("window") long window, @Context SecurityContext security) {
        return reads.current(ActorPrincipal.actorOf(security), window);
    }

    @POST
    @Path("tickets/{ticket}/recall")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Call the ticket again (Q6)")
    public Ticket recall(@PathParam("ticket") long ticket, @Context SecurityContext security) {
        return tickets.recall(ActorPrincipal.actorOf(security), ticket);
    }

    @POST
    @Path("tickets/{ticket}/no-show")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record that the citizen did not come after the recalls (Q6)")
    public Ticket noShow(@PathParam("ticket") long ticket, @Context SecurityContext security) {
        return tickets.noShow(ActorPrincipal.actorOf(security), ticket);
    }

    @POST
    @Path("tickets/{ticket}/start")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Start serving a called ticket")
    public Ticket start(@PathParam("ticket") long ticket, @Context SecurityContext security) {
        return tickets.start(ActorPrincipal.actorOf(security), ticket);
    }

    @POST
    @Path("tickets/{ticket}/finish")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Finish serving a ticket")
    public Ticket finish(@PathParam("ticket") long ticket, @Context SecurityContext security) {
        return tickets.finish(ActorPrincipal.actorOf(security), ticket);
    }

    @POST
    @Path("tickets/{ticket}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Send the ticket on to another service or window, keeping its issue time, with a hand-off note (Q6)")
    public Ticket transfer(@PathParam("ticket") long ticket, TransferRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw ValidationException.of("body", "a transfer {service, window, note} is required");
        }
        return tickets.transfer(ActorPrincipal.actorOf(security), ticket, request.service(), request.window(), request.note());
    }
}
