package org.servicehall.complaint.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Ratings;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.site.Staff;

/**
 * P1 on the shared database: one rating per finished visit (the table's unique key holds it across
 * nodes), bound to the window and the staff member who served it, checked by {@link RatingRules};
 * a bad one opens its case ({@link CaseIntake}) in the same transaction. The rating links of printed
 * tickets carry a token made with the installation's secret ({@link RatingTokens}). Events are
 * published after the commit.
 */
@Component(service = Ratings.class, configurationPid = ComplaintConfig.PID)
@Designate(ocd = ComplaintConfig.class)
public final class RatingsImpl implements Ratings {
    private final ComplaintParts parts;
    private final ComplaintStore store;
    private final QueueReadModel queue;
    private final ComplaintSettings settings;
    private final CaseIntake intake;
    private volatile RatingTokens tokens;

    @Activate
    public RatingsImpl(ComplaintConfig config, @Reference ComplaintParts parts, @Reference QueueReadModel queue) {
        this(parts, queue, ComplaintSettings.of(config), new SecureRandom());
    }

    /** @param random for the tracking numbers of the cases bad ratings open */
    RatingsImpl(ComplaintParts parts, QueueReadModel queue, ComplaintSettings settings, Random random) {
        this.parts = parts;
        this.store = parts.store;
        this.queue = queue;
        this.settings = settings;
        this.intake = new CaseIntake(parts, random);
    }

    @Override
    public List<String> ratingReasons() {
        return settings.reasons();
    }

    /** The installation's secret, made once (the first node to start wins, the others read it). */
    private RatingTokens tokens() {
        RatingTokens t = tokens;
        if (t != null) {
            return t;
        }
        String secret = store.read(store::secret).orElseGet(() -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String fresh = Base64.getEncoder().encodeToString(bytes);
            try {
                store.inTransaction(c -> {
                    store.insertSecret(c, fresh);
                    return null;
                });
            } catch (Conflict another) {
                // another node made it a moment ago: use theirs
            }
            return store.read(store::secret).orElseThrow();
        });
        t = new RatingTokens(secret.getBytes(StandardCharsets.US_ASCII));
        tokens = t;
        return t;
    }

    @Override
    public String ratingPath(Ticket ticket) {
        return "/api/v1/complaint/public/rate/" + ticket.id() + "?t=" + tokens().token(ticket.siteId(), ticket.businessDate(), ticket.number());
    }

    @Override
    public boolean tokenValid(Ticket ticket, String token) {
        return tokens().valid(ticket.siteId(), ticket.businessDate(), ticket.number(), token);
    }

    @Override
    public Rating rateWithToken(long ticketId, String token, RatingRequest request) {
        Ticket t = queue.ticket(ticketId);
        if (!tokenValid(t, token)) {
            throw new AccessDenied(ComplaintTexts.text("complaint.error.rating.link", t.number()));
        }
        RatingRequest r = request == null ? new RatingRequest(ticketId, null, List.of(), null, RatingChannel.PHONE)
                : new RatingRequest(ticketId, request.level(), request.reasons(), request.comment(), RatingChannel.PHONE);
        return rate(ComplaintWorkflow.CITIZEN, r);
    }

    @Override
    public Optional<Rating> ratingOf(long ticketId) {
        return store.read(c -> store.ratingOfTicket(c, ticketId));
    }

    /** The staff number of a signed-in account at the site, if it belongs to a staff member. */
    private Optional<String> staffNumberOf(long siteId, String username) {
        return parts.sites.staff(siteId).stream().filter(s -> s.username() != null && s.username().equalsIgnoreCase(username))
                .map(Staff::staffNumber).findFirst();
    }

    @Override
    public Rating rate(Actor actor, RatingRequest request) {
        if (request == null) {
            throw ValidationException.of("level", ComplaintTexts.text("complaint.error.level.required"));
        }
        String comment = ComplaintRules.clean(request.comment());
        RatingRules.check(request, settings.reasons(), settings.maxComment());
        Ticket t = queue.ticket(request.ticketId());
        RatingRules.checkFinished(t);
        Optional<String> servedBy = queue.servedBy(t.id());
        if (actor.has(org.servicehall.security.Role.STAFF)) { // any account, on any site (S1)
            RatingRules.checkNotOwnService(t, servedBy, actor.username(), staffNumberOf(t.siteId(), actor.username()));
        }
        Instant now = parts.now();
        Rating draft = Rating.builder().siteId(t.siteId()).ticketId(t.id()).ticketNumber(t.number()).businessDate(t.businessDate())
                .windowNumber(t.windowNumber()).staffNumber(servedBy.orElse(null)).level(request.level()).reasons(request.reasons())
                .comment(comment).channel(request.channel()).ratedAt(now).build();
        List<DomainEvent> out = new ArrayList<>();
        Message clash = ComplaintTexts.text("complaint.error.rating.twice", t.number());
        Rating saved = store.inTransaction(clash, c -> {
            Optional<Rating> existing = store.ratingOfTicket(c, t.id());
            if (existing.isPresent()) {
                throw new Conflict(ComplaintTexts.text("complaint.error.rating.already", t.number(),
                        ComplaintTexts.name("rating.level", existing.get().level()),
                        ComplaintTexts.time(existing.get().ratedAt().atZone(parts.sites.clock(t.siteId()).getZone()).toLocalTime())));
            }
            long id = store.insertRating(c, draft);
            Long complaintId = null;
            parts.audit.record(c, actor, "create", "rating", id, null, t.number() + " " + request.level() + " @" + t.windowNumber());
            if (request.level().bad()) {
                ComplaintDraft k = ComplaintDraft.builder(ComplaintSource.RATING,
                        RatingRules.complaintText(request.level(), request.reasons(), comment, t.number()))
                        .category(RatingRules.category(request.reasons())).ticketNumber(t.number()).windowNumber(t.windowNumber())
                        .staffNumber(servedBy.orElse(null)).build();
                Complaint complaint = intake.open(c, actor, t.siteId(), k, t.id(), id, out);
                complaintId = complaint.id();
                store.linkRating(c, id, complaintId);
            }
            return draft.toBuilder().id(id).complaintId(complaintId).build();
        });
        out.add(0, AreaEvents.event(ComplaintEvents.RATING_GIVEN, ComplaintEvents.SITE, saved.siteId(), ComplaintEvents.RATING_ID,
                saved.id(), ComplaintEvents.TICKET_ID, saved.ticketId(), ComplaintEvents.NUMBER, saved.ticketNumber(),
                ComplaintEvents.WINDOW, saved.windowNumber(), ComplaintEvents.STAFF_NUMBER, saved.staffNumber(), ComplaintEvents.LEVEL,
                saved.level().name(), ComplaintEvents.SCORE, saved.level().score()));
        parts.publish(out);
        return saved;
    }
}
