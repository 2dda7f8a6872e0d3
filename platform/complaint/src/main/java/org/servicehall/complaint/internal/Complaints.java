package org.servicehall.complaint.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintStep;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.InvalidComplaintState;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.RectificationStatus;
import org.servicehall.complaint.Resolution;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ratings, complaints and rectification (P1-P4) in plain Java on the shared database: the checks of
 * the *Rules classes, one transaction per change with its audit entry, events published after the
 * commit through the given publisher.
 */
public final class Complaints implements ComplaintService, FeedbackReports {
    private static final Logger LOG = LoggerFactory.getLogger(Complaints.class);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param reasons P1: the reason ticks offered
     * @param maxComment P1: the longest comment accepted
     * @param rectificationDays P4: working days a rectification gets by default
     * @param violationRule P4: the conduct rule proposed when a staff member is at fault and the finding names none
     */
    public record Settings(List<String> reasons, int maxComment, int rectificationDays, String violationRule) {
        public static final Settings DEFAULTS = new Settings(RatingRules.DEFAULT_REASONS, RatingRules.MAX_COMMENT, 10, "BEHAVIOUR-1");

        public Settings {
            reasons = List.copyOf(reasons);
        }
    }

    /** An event to publish: topic and properties (see {@link ComplaintEvents}). */
    public record Published(String topic, Map<String, Object> properties) {
    }

    private final ComplaintStore store;
    private final QueueService queue;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final Settings settings;
    private final Supplier<List<ComplaintCategory>> categories;
    private final Supplier<Optional<ViolationProposer>> violations;
    private final Consumer<Published> publisher;
    private final Random random;
    private volatile RatingTokens tokens;
    /** C3: the checks every text staff send to citizens passes (the conduct area's forbidden phrases). */
    private volatile Supplier<List<org.servicehall.queue.CitizenTextCheck>> textChecks = List::of;

    public Complaints(DataSource dataSource, QueueService queue, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Supplier<List<ComplaintCategory>> categories, Supplier<Optional<ViolationProposer>> violations,
            Consumer<Published> publisher, Random random) {
        this.store = new ComplaintStore(dataSource);
        this.queue = queue;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.categories = categories;
        this.violations = violations;
        this.publisher = publisher;
        this.random = random;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Settings settings() {
        return settings;
    }

    private void publish(List<Published> out) {
        for (Published p : out) {
            try {
                publisher.accept(p);
            } catch (RuntimeException e) {
                LOG.warn("A complaint event could not be published: {}", e.toString());
            }
        }
    }

    // ---- P1 ratings

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
            throw new AccessDenied("this rating link is not valid for ticket " + t.number() + ": use the link or QR code printed on it");
        }
        RatingRequest r = request == null ? new RatingRequest(ticketId, null, List.of(), null, RatingChannel.PHONE)
                : new RatingRequest(ticketId, request.level(), request.reasons(), request.comment(), RatingChannel.PHONE);
        return rate(CITIZEN, r);
    }

    @Override
    public Optional<Rating> ratingOf(long ticketId) {
        return store.read(c -> store.ratingOfTicket(c, ticketId));
    }

    /** The staff number of a signed-in account at the site, if it belongs to a staff member. */
    private Optional<String> staffNumberOf(long siteId, String username) {
        return sites.staff(siteId).stream().filter(s -> s.username() != null && s.username().equalsIgnoreCase(username))
                .map(Staff::staffNumber).findFirst();
    }

    @Override
    public Rating rate(Actor actor, RatingRequest request) {
        if (request == null) {
            throw ValidationException.of("level", "is required");
        }
        String comment = ComplaintRules.clean(request.comment());
        RatingRules.check(request, settings.reasons(), settings.maxComment());
        Ticket t = queue.ticket(request.ticketId());
        RatingRules.checkFinished(t);
        Optional<String> servedBy = queue.servedBy(t.id());
        if (!actor.roles().isEmpty()) {
            RatingRules.checkNotOwnService(t, servedBy, actor.username(), staffNumberOf(t.siteId(), actor.username()));
        }
        Instant now = now();
        Rating draft = new Rating(0, t.siteId(), t.id(), t.number(), t.businessDate(), t.windowNumber(), servedBy.orElse(null),
                request.level(), request.reasons(), comment, request.channel(), now, null);
        List<Published> out = new ArrayList<>();
        String clash = "ticket " + t.number() + " was already rated: one rating per visit";
        Rating saved = store.inTransaction(clash, c -> {
            Optional<Rating> existing = store.ratingOfTicket(c, t.id());
            if (existing.isPresent()) {
                throw new Conflict("ticket " + t.number() + " was already rated (" + RatingRules.levelName(existing.get().level()) + ") at "
                        + HM.format(existing.get().ratedAt().atZone(clock.getZone())) + ": one rating per visit");
            }
            long id = store.insertRating(c, draft);
            Long complaintId = null;
            audit.record(c, actor, "create", "rating", id, null, t.number() + " " + request.level() + " @" + t.windowNumber());
            if (request.level().bad()) {
                ComplaintDraft k = new ComplaintDraft(ComplaintSource.RATING, RatingRules.category(request.reasons()),
                        RatingRules.complaintText(request.level(), request.reasons(), comment, t.number()), null, null, t.number(),
                        t.windowNumber(), servedBy.orElse(null));
                Complaint complaint = insertComplaint(c, actor, t.siteId(), k, t.id(), id, out);
                complaintId = complaint.id();
                store.linkRating(c, id, complaintId);
            }
            return new Rating(id, draft.siteId(), draft.ticketId(), draft.ticketNumber(), draft.businessDate(), draft.windowNumber(),
                    draft.staffNumber(), draft.level(), draft.reasons(), draft.comment(), draft.channel(), draft.ratedAt(), complaintId);
        });
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ComplaintEvents.SITE, saved.siteId());
        p.put(ComplaintEvents.RATING_ID, saved.id());
        p.put(ComplaintEvents.TICKET_ID, saved.ticketId());
        p.put(ComplaintEvents.NUMBER, saved.ticketNumber());
        if (saved.windowNumber() != null) {
            p.put(ComplaintEvents.WINDOW, saved.windowNumber());
        }
        if (saved.staffNumber() != null) {
            p.put(ComplaintEvents.STAFF_NUMBER, saved.staffNumber());
        }
        p.put(ComplaintEvents.LEVEL, saved.level().name());
        p.put(ComplaintEvents.SCORE, saved.level().score());
        out.add(0, new Published(ComplaintEvents.RATING_GIVEN, p));
        publish(out);
        return saved;
    }

    // ---- P2/P3 complaints

    @Override
    public List<ComplaintCategory> categories() {
        return categories.get();
    }

    private boolean knownCategory(String code) {
        return categories.get().stream().anyMatch(c -> c.code().equals(code));
    }

    private DeadlineSettings settingsOf(long siteId) {
        return store.read(c -> store.deadlineSettings(c, siteId)).orElse(DeadlineSettings.DEFAULTS);
    }

    @Override
    public Complaint register(Actor actor, long siteId, ComplaintDraft draft) {
        ComplaintRules.check(draft, this::knownCategory);
        if (draft.source() == ComplaintSource.RATING) {
            throw ValidationException.of("source", "RATING complaints are opened by bad ratings, not registered by hand");
        }
        if (draft.source() == ComplaintSource.PHONE) {
            actor.require(Role.STAFF, "record a phone complaint");
        }
        org.servicehall.site.Site site = sites.site(siteId);
        if (draft.windowNumber() != null && sites.windows(siteId).stream().noneMatch(w -> w.number() == draft.windowNumber())) {
            throw ValidationException.of("windowNumber", "window " + draft.windowNumber() + " does not exist in " + site.name());
        }
        Optional<Ticket> visit = todaysTicket(site.code(), draft.ticketNumber());
        // today's ticket links the case to that visit, and to its window when the citizen named none
        ComplaintDraft toSave = visit.filter(t -> draft.windowNumber() == null && t.windowNumber() != null)
                .map(t -> new ComplaintDraft(draft.source(), draft.category(), draft.text(), draft.contactName(), draft.contactPhone(),
                        t.number(), t.windowNumber(), draft.staffNumber()))
                .orElse(draft);
        Long ticketId = visit.map(Ticket::id).orElse(null);
        List<Published> out = new ArrayList<>();
        Complaint saved = store.inTransaction(c -> insertComplaint(c, actor, siteId, toSave, ticketId, null, out));
        publish(out);
        return view(actor, saved);
    }

    /** The ticket of that number issued today at the site; empty for none given or an earlier day's number (kept as written). */
    private Optional<Ticket> todaysTicket(String siteCode, String ticketNumber) {
        String number = ComplaintRules.clean(ticketNumber);
        if (number == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(queue.position(siteCode, number).ticket());
        } catch (org.servicehall.common.NotFound notToday) {
            return Optional.empty();
        }
    }

    /** Inserts a case in the caller's transaction with its audit entry; the event goes to {@code out}. */
    private Complaint insertComplaint(java.sql.Connection c, Actor actor, long siteId, ComplaintDraft d, Long ticketId, Long ratingId,
            List<Published> out) throws java.sql.SQLException {
        LocalDate today = today();
        Deadlines.Due due = Deadlines.dueDates(sites.calendar(siteId), today, settingsOf(siteId));
        String tracking = null;
        for (int i = 0; i < 5 && tracking == null; i++) {
            String candidate = ComplaintRules.trackingNumber(today, random);
            if (!store.trackingNumberTaken(c, candidate)) {
                tracking = candidate;
            }
        }
        if (tracking == null) {
            throw new IllegalStateException("no free tracking number found");
        }
        String category = ComplaintRules.clean(d.category());
        Complaint k = new Complaint(0, siteId, tracking, d.source(), category == null ? "OTHER" : category, d.text().strip(),
                ComplaintRules.clean(d.contactName()), ComplaintRules.clean(d.contactPhone()), true, ticketId,
                ComplaintRules.clean(d.ticketNumber()), d.windowNumber(), ComplaintRules.clean(d.staffNumber()), ratingId,
                ComplaintStatus.REGISTERED, null, now(), today, due.acceptance(), due.resolution(), due.feedback(), null, null, null,
                false, null, null, 0, null, null);
        long id = store.insertComplaint(c, k);
        Complaint saved = copy(k, id);
        audit.record(c, actor, "create", "complaint", id, null, describe(saved));
        Map<String, Object> p = caseProperties(saved);
        p.put(ComplaintEvents.SOURCE, saved.source().name());
        p.put(ComplaintEvents.CATEGORY, saved.category());
        if (saved.ticketId() != null) {
            p.put(ComplaintEvents.TICKET_ID, saved.ticketId());
        }
        if (saved.windowNumber() != null) {
            p.put(ComplaintEvents.WINDOW, saved.windowNumber());
        }
        if (saved.staffNumber() != null) {
            p.put(ComplaintEvents.STAFF_NUMBER, saved.staffNumber());
        }
        out.add(new Published(ComplaintEvents.COMPLAINT_REGISTERED, p));
        return saved;
    }

    private static Map<String, Object> caseProperties(Complaint k) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ComplaintEvents.SITE, k.siteId());
        p.put(ComplaintEvents.COMPLAINT_ID, k.id());
        p.put(ComplaintEvents.TRACKING_NUMBER, k.trackingNumber());
        p.put(ComplaintEvents.STATUS, k.status().name());
        return p;
    }

    /** The audit form of a case: no contact data (S3). */
    private static String describe(Complaint k) {
        return k.trackingNumber() + " " + k.status() + " " + k.source() + " " + k.category()
                + (k.owner() == null ? "" : " owner=" + k.owner())
                + (k.confirmed() == null ? "" : k.confirmed() ? " confirmed" : " not confirmed")
                + (k.staffAtFault() ? " staff at fault" : "");
    }

    /** Whether the actor handles the case: supervisors and above, and its owner (they see contact data, S3). */
    static boolean handles(Actor actor, Complaint k) {
        return actor.has(Role.SUPERVISOR) || k.owner() != null && k.owner().equalsIgnoreCase(actor.username());
    }

    /**
     * S3: the case as the actor may see it: for those who do not handle it the contact data masked,
     * and the personal data its free texts hold (the complainant's name and phone, ID, card and phone
     * numbers) masked the same way, so the text does not show what the contact fields hide.
     */
    static Complaint view(Actor actor, Complaint k) {
        if (handles(actor, k)) {
            return k;
        }
        return new Complaint(k.id(), k.siteId(), k.trackingNumber(), k.source(), k.category(), masked(k, k.text()),
                ContactMasking.name(k.contactName()), ContactMasking.phone(k.contactPhone()), false, k.ticketId(), k.ticketNumber(),
                k.windowNumber(), k.staffNumber(), k.ratingId(), k.status(), k.owner(), k.registeredAt(), k.registeredOn(),
                k.acceptanceDue(), k.resolutionDue(), k.feedbackDue(), masked(k, k.finding()), masked(k, k.action()), k.confirmed(),
                k.staffAtFault(), masked(k, k.feedback()), masked(k, k.rejectionReason()), k.escalationLevel(), k.escalationStage(),
                k.closedAt());
    }

    /** S3: a free text of the case with the personal data it holds masked. */
    private static String masked(Complaint k, String text) {
        return ContactMasking.text(text, k.contactName(), k.contactPhone());
    }

    /**
     * S3: a rectification as the actor may see it: its texts (what to rectify, the evidence) with ID,
     * card and phone numbers masked unless the actor is a supervisor or its owner.
     */
    public static Rectification view(Actor actor, Rectification r) {
        if (actor.has(Role.SUPERVISOR) || r.owner() != null && r.owner().equalsIgnoreCase(actor.username())) {
            return r;
        }
        return new Rectification(r.id(), r.siteId(), r.complaintId(), r.trackingNumber(), ContactMasking.text(r.what()), r.owner(), r.due(),
                r.status(), ContactMasking.text(r.evidence()), r.doneAt(), r.verifiedBy(), r.verifiedAt(), r.openedAt());
    }

    private static Complaint copy(Complaint k, long id) {
        return new Complaint(id, k.siteId(), k.trackingNumber(), k.source(), k.category(), k.text(), k.contactName(), k.contactPhone(),
                true, k.ticketId(), k.ticketNumber(), k.windowNumber(), k.staffNumber(), k.ratingId(), k.status(), k.owner(),
                k.registeredAt(), k.registeredOn(), k.acceptanceDue(), k.resolutionDue(), k.feedbackDue(), k.finding(), k.action(),
                k.confirmed(), k.staffAtFault(), k.feedback(), k.rejectionReason(), k.escalationLevel(), k.escalationStage(),
                k.closedAt());
    }

    /** The case after a step: the given fields replaced. */
    private static Complaint after(Complaint k, ComplaintStatus status, String owner, String finding, String action, Boolean confirmed,
            boolean staffAtFault, String feedback, String rejection, Instant closedAt) {
        return new Complaint(k.id(), k.siteId(), k.trackingNumber(), k.source(), k.category(), k.text(), k.contactName(),
                k.contactPhone(), true, k.ticketId(), k.ticketNumber(), k.windowNumber(), k.staffNumber(), k.ratingId(), status, owner,
                k.registeredAt(), k.registeredOn(), k.acceptanceDue(), k.resolutionDue(), k.feedbackDue(), finding, action, confirmed,
                staffAtFault, feedback, rejection, k.escalationLevel(), k.escalationStage(), closedAt);
    }

    @Override
    public Complaint complaint(Actor actor, long complaintId) {
        actor.require(Role.STAFF, "read complaints");
        Complaint k = store.read(c -> store.complaint(c, complaintId)).orElseThrow(() -> new NotFound("Complaint", complaintId))
                .complaint();
        return view(actor, k);
    }

    @Override
    public List<Complaint> complaints(Actor actor, long siteId, boolean openOnly) {
        actor.require(Role.STAFF, "read complaints");
        return store.read(c -> store.complaints(c, siteId, openOnly)).stream().map(r -> view(actor, r.complaint())).toList();
    }

    @Override
    public ComplaintTracking track(String trackingNumber) {
        String n = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase();
        if (!ComplaintRules.looksLikeTrackingNumber(n)) {
            throw ValidationException.of("trackingNumber", "'" + n + "' is not a tracking number like TS-20261130-7KQ2MX");
        }
        Complaint k = store.read(c -> store.complaintByTracking(c, n)).orElseThrow(() -> new NotFound("Complaint", n)).complaint();
        // a public page: the answers' personal data masked for everyone (S3)
        return new ComplaintTracking(k.trackingNumber(), sites.site(k.siteId()).code(), k.source(), k.category(), k.status(),
                k.registeredOn(), k.due(), masked(k, k.feedback()), masked(k, k.rejectionReason()));
    }

    private interface Change {
        Complaint apply(Complaint before);
    }

    private interface AfterStep {
        void run(java.sql.Connection c, Complaint after, List<Published> out) throws java.sql.SQLException;
    }

    /**
     * One workflow step: checks the actor and the state, then one conditional UPDATE on the state the
     * case was read in, its audit entry and whatever the step adds, in one transaction.
     */
    private Complaint step(Actor actor, long complaintId, ComplaintStep step, Change change, AfterStep also) {
        actor.require(Role.STAFF, "handle complaints");
        List<Published> out = new ArrayList<>();
        Complaint saved = store.inTransaction(c -> {
            Complaint before = store.complaint(c, complaintId).orElseThrow(() -> new NotFound("Complaint", complaintId)).complaint();
            if (WorkflowRules.supervisorOnly(step)) {
                actor.require(Role.SUPERVISOR, step.name().toLowerCase().replace('_', ' ') + " complaints");
            } else if (!handles(actor, before)) {
                throw new AccessDenied(actor.username() + " may not " + step.name().toLowerCase().replace('_', ' ') + " complaint "
                        + before.trackingNumber() + ": only its owner (" + (before.owner() == null ? "none yet" : before.owner())
                        + ") or a supervisor may");
            }
            WorkflowRules.check(before.trackingNumber(), before.status(), step);
            Complaint after = change.apply(before);
            if (!store.step(c, before, after)) {
                ComplaintStatus now = store.complaint(c, complaintId).map(r -> r.complaint().status()).orElse(before.status());
                throw new InvalidComplaintState(before.trackingNumber(), now, step.name().toLowerCase().replace('_', ' '),
                        String.join(" or ", WorkflowRules.from(step).stream().map(Enum::name).toList())
                                + " (it was changed a moment ago by someone else)");
            }
            audit.record(c, actor, step.name().toLowerCase(), "complaint", complaintId, describe(before), describe(after));
            Map<String, Object> p = caseProperties(after);
            p.put(ComplaintEvents.STEP, step.name());
            p.put(ComplaintEvents.PREVIOUS_STATUS, before.status().name());
            if (after.owner() != null) {
                p.put(ComplaintEvents.OWNER, after.owner());
            }
            out.add(new Published(ComplaintEvents.COMPLAINT_STEP_TAKEN, p));
            if (also != null) {
                also.run(c, after, out);
            }
            return after;
        });
        publish(out);
        return view(actor, saved);
    }

    @Override
    public Complaint assign(Actor actor, long complaintId, String ownerUsername) {
        Validator v = new Validator();
        v.required("owner", ownerUsername).throwIfInvalid();
        Complaint current = store.read(c -> store.complaint(c, complaintId)).orElseThrow(() -> new NotFound("Complaint", complaintId))
                .complaint();
        String owner = ownerUsername.strip();
        Staff staff = sites.staff(current.siteId()).stream().filter(s -> owner.equalsIgnoreCase(s.username()) || owner.equalsIgnoreCase(s.staffNumber()))
                .findFirst().orElseThrow(() -> ValidationException.of("owner", "'" + owner + "' is not a staff member of the site"));
        return step(actor, complaintId, ComplaintStep.ASSIGN, k -> after(k, ComplaintStatus.ASSIGNED, staff.username(), k.finding(),
                k.action(), k.confirmed(), k.staffAtFault(), k.feedback(), k.rejectionReason(), null), null);
    }

    @Override
    public Complaint startInvestigation(Actor actor, long complaintId) {
        return step(actor, complaintId, ComplaintStep.INVESTIGATE, k -> after(k, ComplaintStatus.INVESTIGATING, k.owner(), k.finding(),
                k.action(), k.confirmed(), k.staffAtFault(), k.feedback(), k.rejectionReason(), null), null);
    }

    @Override
    public Complaint resolve(Actor actor, long complaintId, Resolution r) {
        ComplaintRules.check(r);
        Complaint current = store.read(c -> store.complaint(c, complaintId)).orElseThrow(() -> new NotFound("Complaint", complaintId))
                .complaint();
        if (r.staffAtFault() && current.staffNumber() == null) {
            throw ValidationException.of("staffAtFault", "complaint " + current.trackingNumber() + " names no staff member");
        }
        LocalDate today = today();
        WorkingDayCalendar calendar = sites.calendar(current.siteId());
        LocalDate due = r.rectificationDue() != null ? r.rectificationDue() : calendar.addWorkingDays(today, settings.rectificationDays());
        if (r.confirmed() && due.isBefore(today)) {
            throw ValidationException.of("rectificationDue", "is " + due + ", before today " + today);
        }
        String rectOwner = ComplaintRules.clean(r.rectificationOwner());
        if (rectOwner != null && sites.staff(current.siteId()).stream().noneMatch(s -> rectOwner.equalsIgnoreCase(s.username()))) {
            throw ValidationException.of("rectificationOwner", "'" + rectOwner + "' is not a staff member of the site");
        }
        Complaint resolved = step(actor, complaintId, ComplaintStep.RESOLVE, k -> after(k, ComplaintStatus.RESOLVED, k.owner(),
                r.finding().strip(), r.action().strip(), r.confirmed(), r.staffAtFault(), k.feedback(), k.rejectionReason(), null),
                (c, k, out) -> {
                    if (!k.confirmed()) {
                        return;
                    }
                    String what = ComplaintRules.clean(r.rectification()) == null ? k.action() : r.rectification().strip();
                    String owner = rectOwner != null ? rectOwner.toLowerCase() : k.owner() != null ? k.owner() : actor.username();
                    Rectification draft = new Rectification(0, k.siteId(), k.id(), k.trackingNumber(), what, owner, due,
                            RectificationStatus.OPEN, null, null, null, null, now());
                    long id = store.insertRectification(c, draft);
                    audit.record(c, actor, "create", "rectification", id, null, k.trackingNumber() + " " + owner + " due " + due);
                    Map<String, Object> p = caseProperties(k);
                    p.put(ComplaintEvents.RECTIFICATION_ID, id);
                    p.put(ComplaintEvents.OWNER, owner);
                    p.put(ComplaintEvents.DUE, due.toString());
                    out.add(new Published(ComplaintEvents.RECTIFICATION_OPENED, p));
                });
        if (r.staffAtFault()) {
            proposeViolation(actor, resolved, r);
        }
        return resolved;
    }

    /** P4: a candidate only, for a supervisor to confirm or dismiss in conduct; without conduct it is logged. */
    private void proposeViolation(Actor actor, Complaint k, Resolution r) {
        String rule = ComplaintRules.clean(r.ruleCode()) == null ? settings.violationRule() : r.ruleCode().strip();
        Optional<ViolationProposer> proposer = violations.get();
        if (proposer.isEmpty()) {
            LOG.warn("Complaint {} finds {} at fault, but the conduct area is not running: no violation candidate was made",
                    k.trackingNumber(), k.staffNumber());
            return;
        }
        try {
            // the candidate's note reaches conduct's pages, the staff member's own among them: personal data masked (S3)
            String made = proposer.get().propose(actor, k.siteId(), k.staffNumber(), k.windowNumber(), rule,
                    "投诉 " + k.trackingNumber() + "：" + masked(k, k.finding()));
            LOG.info("Complaint {}: violation candidate {}", k.trackingNumber(), made);
        } catch (HallException e) {
            LOG.warn("Complaint {}: the violation candidate for {} was refused: {}", k.trackingNumber(), k.staffNumber(), e.getMessage());
        }
    }

    /** C3: where the checks of texts sent to citizens come from; none by default. */
    public void useTextChecks(Supplier<List<org.servicehall.queue.CitizenTextCheck>> checks) {
        this.textChecks = checks;
    }

    @Override
    public Complaint giveFeedback(Actor actor, long complaintId, String feedback) {
        new Validator().required("feedback", feedback).maxLength("feedback", feedback, ComplaintRules.MAX_NOTE).throwIfInvalid();
        long siteId = store.read(c -> store.complaint(c, complaintId)).orElseThrow(() -> new NotFound("Complaint", complaintId))
                .complaint().siteId();
        // C3: the feedback to a complainant is a text staff send to a citizen
        org.servicehall.queue.TextChecks.requireAcceptable(textChecks.get(), actor, siteId, "feedback", feedback);
        return step(actor, complaintId, ComplaintStep.GIVE_FEEDBACK, k -> after(k, ComplaintStatus.FEEDBACK_GIVEN, k.owner(), k.finding(),
                k.action(), k.confirmed(), k.staffAtFault(), feedback.strip(), k.rejectionReason(), null), null);
    }

    @Override
    public Complaint close(Actor actor, long complaintId) {
        return step(actor, complaintId, ComplaintStep.CLOSE, k -> after(k, ComplaintStatus.CLOSED, k.owner(), k.finding(), k.action(),
                k.confirmed(), k.staffAtFault(), k.feedback(), k.rejectionReason(), now()), null);
    }

    @Override
    public Complaint reject(Actor actor, long complaintId, String reason) {
        new Validator().required("reason", reason).maxLength("reason", reason, ComplaintRules.MAX_NOTE)
                .citizenText("reason", reason, true).throwIfInvalid();
        return step(actor, complaintId, ComplaintStep.REJECT, k -> after(k, ComplaintStatus.REJECTED, k.owner(), k.finding(), k.action(),
                k.confirmed(), k.staffAtFault(), k.feedback(), reason.strip(), now()), null);
    }

    // ---- deadlines

    @Override
    public DeadlineSettings deadlineSettings(long siteId) {
        sites.site(siteId);
        return settingsOf(siteId);
    }

    @Override
    public DeadlineSettings setDeadlineSettings(Actor actor, long siteId, DeadlineSettings s) {
        actor.require(Role.ADMIN, "change complaint deadlines");
        sites.site(siteId);
        Validator v = new Validator();
        if (s == null) {
            v.error("acceptanceDays", "is required");
            v.throwIfInvalid();
        }
        v.range("acceptanceDays", s.acceptanceDays(), 1, 60).range("resolutionDays", s.resolutionDays(), 1, 120)
                .range("feedbackDays", s.feedbackDays(), 1, 120).range("adminEscalationDays", s.adminEscalationDays(), 0, 60);
        v.check(s.resolutionDays() >= s.acceptanceDays(), "resolutionDays", "must not be shorter than the acceptance deadline");
        v.check(s.feedbackDays() >= s.resolutionDays(), "feedbackDays", "must not be shorter than the resolution deadline");
        v.throwIfInvalid();
        DeadlineSettings before = settingsOf(siteId);
        store.inTransaction(c -> {
            store.putDeadlineSettings(c, siteId, s);
            audit.record(c, actor, "update", "complaint-deadlines", siteId, before, s);
            return null;
        });
        return s;
    }

    @Override
    public int checkDeadlines(long siteId) {
        WorkingDayCalendar calendar = sites.calendar(siteId);
        DeadlineSettings s = settingsOf(siteId);
        LocalDate today = today();
        int changed = 0;
        for (ComplaintStore.Row row : store.read(c -> store.complaints(c, siteId, true))) {
            Complaint k = row.complaint();
            DeadlineStage stage = k.stage();
            if (stage == null) {
                continue;
            }
            LocalDate due = k.due();
            Deadlines.Urgency urgency = Deadlines.urgency(calendar, today, due);
            List<Published> out = new ArrayList<>();
            if (urgency == Deadlines.Urgency.DUE_SOON && row.remindedStage() != stage) {
                boolean first = store.inTransaction(c -> store.markReminded(c, k.id(), k.status(), stage));
                if (first) {
                    Map<String, Object> p = caseProperties(k);
                    p.put(ComplaintEvents.STAGE, stage.name());
                    p.put(ComplaintEvents.DUE, due.toString());
                    if (k.owner() != null) {
                        p.put(ComplaintEvents.OWNER, k.owner());
                    }
                    out.add(new Published(ComplaintEvents.DEADLINE_NEAR, p));
                }
            } else if (urgency == Deadlines.Urgency.OVERDUE) {
                int level = Deadlines.escalationLevel(calendar, today, due, s.adminEscalationDays());
                if (k.escalationStage() != stage || k.escalationLevel() < level) {
                    boolean first = store.inTransaction(c -> {
                        boolean raised = store.escalate(c, k.id(), k.status(), stage, level);
                        if (raised) {
                            audit.record(c, Actor.SYSTEM, "escalate", "complaint", k.id(),
                                    k.escalationStage() == null ? null : k.escalationStage() + " level " + k.escalationLevel(),
                                    stage + " level " + level + " → " + Deadlines.escalatedTo(level));
                        }
                        return raised;
                    });
                    if (first) {
                        Map<String, Object> p = caseProperties(k);
                        p.put(ComplaintEvents.STAGE, stage.name());
                        p.put(ComplaintEvents.DUE, due.toString());
                        p.put(ComplaintEvents.ESCALATION_LEVEL, level);
                        p.put(ComplaintEvents.ESCALATED_TO, Deadlines.escalatedTo(level).name());
                        if (k.owner() != null) {
                            p.put(ComplaintEvents.OWNER, k.owner());
                        }
                        out.add(new Published(ComplaintEvents.COMPLAINT_OVERDUE, p));
                    }
                }
            }
            if (!out.isEmpty()) {
                changed++;
                publish(out);
            }
        }
        return changed;
    }

    /** How a case stands against its current deadline today (for the screens' colours), or null without one. */
    public Deadlines.Urgency urgency(Complaint k) {
        if (k.due() == null) {
            return null;
        }
        return Deadlines.urgency(sites.calendar(k.siteId()), today(), k.due());
    }

    // ---- P4 rectification

    @Override
    public List<Rectification> rectifications(long siteId, boolean openOnly) {
        return store.read(c -> store.rectifications(c, siteId, openOnly));
    }

    private Rectification rectificationStep(Actor actor, long id, RectificationStatus from, String topic,
            java.util.function.UnaryOperator<Rectification> change, boolean supervisorOnly) {
        actor.require(supervisorOnly ? Role.SUPERVISOR : Role.STAFF, supervisorOnly ? "verify rectifications" : "report rectifications");
        List<Published> out = new ArrayList<>();
        Rectification saved = store.inTransaction(c -> {
            Rectification before = store.rectification(c, id).orElseThrow(() -> new NotFound("Rectification", id));
            if (!supervisorOnly && !actor.has(Role.SUPERVISOR) && !before.owner().equalsIgnoreCase(actor.username())) {
                throw new AccessDenied(actor.username() + " may not report the rectification of " + before.trackingNumber()
                        + " done: only its owner (" + before.owner() + ") or a supervisor may");
            }
            if (before.status() != from) {
                throw new Conflict("the rectification of complaint " + before.trackingNumber() + " is " + before.status() + ": this step is only"
                        + " possible when it is " + from);
            }
            Rectification after = change.apply(before);
            if (!store.updateRectification(c, before, after)) {
                throw new Conflict("the rectification of complaint " + before.trackingNumber() + " was changed a moment ago; reload");
            }
            audit.record(c, actor, after.status().name().toLowerCase(), "rectification", id, before.status(), after.status());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put(ComplaintEvents.SITE, after.siteId());
            p.put(ComplaintEvents.COMPLAINT_ID, after.complaintId());
            p.put(ComplaintEvents.TRACKING_NUMBER, after.trackingNumber());
            p.put(ComplaintEvents.RECTIFICATION_ID, after.id());
            p.put(ComplaintEvents.STATUS, after.status().name());
            p.put(ComplaintEvents.OWNER, after.owner());
            out.add(new Published(topic, p));
            return after;
        });
        publish(out);
        return saved;
    }

    @Override
    public Rectification completeRectification(Actor actor, long rectificationId, String evidence) {
        new Validator().required("evidence", evidence).maxLength("evidence", evidence, ComplaintRules.MAX_NOTE)
                .citizenText("evidence", evidence, true).throwIfInvalid();
        Instant now = now();
        return rectificationStep(actor, rectificationId, RectificationStatus.OPEN, ComplaintEvents.RECTIFICATION_DONE,
                r -> new Rectification(r.id(), r.siteId(), r.complaintId(), r.trackingNumber(), r.what(), r.owner(), r.due(),
                        RectificationStatus.DONE, evidence.strip(), now, null, null, r.openedAt()),
                false);
    }

    @Override
    public Rectification verifyRectification(Actor actor, long rectificationId) {
        Instant now = now();
        return rectificationStep(actor, rectificationId, RectificationStatus.DONE, ComplaintEvents.RECTIFICATION_VERIFIED,
                r -> new Rectification(r.id(), r.siteId(), r.complaintId(), r.trackingNumber(), r.what(), r.owner(), r.due(),
                        RectificationStatus.VERIFIED, r.evidence(), r.doneAt(), actor.username(), now, r.openedAt()),
                true);
    }

    // ---- M1 figures

    @Override
    public List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", "the period must end on or after its start");
        }
        return store.read(c -> store.byStaff(c, siteId, from, to));
    }

    /** The site of a code, for the public pages. */
    public Site siteOf(String code) {
        return sites.siteByCode(code == null ? "" : code.strip().toUpperCase()).orElseThrow(() -> new NotFound("Site", code));
    }
}
