package org.servicehall.complaint.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.Resolution;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.persistence.Database;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complaint area in the container: the {@link ComplaintService} and {@link FeedbackReports},
 * the queue's {@code ServiceFinished} events fanned out to the rating pads open on this node, and
 * the deadline check (reminders, escalation) on a timer.
 */
@Component(service = { ComplaintService.class, FeedbackReports.class, EventHandler.class, ComplaintComponent.class }, immediate = true,
        configurationPid = "org.servicehall.complaint", property = EventConstants.EVENT_TOPIC + "=" + QueueEvents.SERVICE_FINISHED)
@Designate(ocd = ComplaintComponent.Config.class)
public final class ComplaintComponent implements ComplaintService, FeedbackReports, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintComponent.class);

    @ObjectClassDefinition(name = "ServiceHall complaints", description = "Ratings, complaints and rectification (P1-P4)")
    public @interface Config {
        @AttributeDefinition(description = "P1: the reason ticks a rating offers")
        String[] ratingReasons() default { "态度好", "效率高", "讲解清楚", "等候久", "效率低", "态度差", "推诿", "解释不清" };

        @AttributeDefinition(description = "P1: the longest rating comment accepted (characters)")
        int maxCommentLength() default 500;

        @AttributeDefinition(description = "P4: working days a rectification gets by default")
        int rectificationDays() default 10;

        @AttributeDefinition(description = "P4: the conduct rule proposed when a staff member is at fault and the finding names none")
        String violationRule() default "BEHAVIOUR-1";

        @AttributeDefinition(description = "P2: minutes between deadline checks (reminders, escalation)")
        int checkMinutes() default 10;

        @AttributeDefinition(description = "P1: seconds a rating pad asks for a rating (and shows its thanks) before it returns to idle")
        int padTimeoutSeconds() default 60;
    }

    /** A rating pad open on this node, told when its window finishes a ticket. */
    private record Pad(long siteId, int window, LongConsumer onFinished) {
    }

    /** C3: the conduct area's forbidden-phrase check (and any plugin's) for feedback sent to complainants. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<org.servicehall.queue.CitizenTextCheck> textChecks;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ViolationProposer violations;

    private final Complaints complaints;
    private final SiteService sites;
    private final QueueService queue;
    private final int padTimeoutSeconds;
    private final List<Pad> pads = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-complaint-deadlines");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ComplaintComponent(Config config, @Reference Database database, @Reference SiteService sites, @Reference QueueService queue,
            @Reference AuditLog audit, @Reference Clock clock, @Reference CategoryHandler categories) {
        database.migrate("complaint", getClass().getClassLoader());
        this.sites = sites;
        this.queue = queue;
        this.padTimeoutSeconds = Math.max(5, config.padTimeoutSeconds());
        this.complaints = new Complaints(database.dataSource(), queue, sites, audit, clock,
                new Complaints.Settings(Arrays.asList(config.ratingReasons()), config.maxCommentLength(), config.rectificationDays(),
                        config.violationRule()),
                () -> categories.registry().all(), () -> Optional.ofNullable(violations), this::publish, new SecureRandom());
        complaints.useTextChecks(() -> {
            List<org.servicehall.queue.CitizenTextCheck> c = textChecks;
            return c == null ? List.of() : List.copyOf(c);
        });
        int every = Math.max(1, config.checkMinutes());
        timer.scheduleWithFixedDelay(this::checkAll, 1, every, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void publish(Complaints.Published p) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(p.topic(), p.properties()));
        }
        listeners.forEach(l -> {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A complaint screen failed to take an update", e);
            }
        });
    }

    /** Screens of this node follow complaints through this; returns the handle that stops it. */
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A rating pad of this node follows its window: told the id of each ticket the window finishes. */
    public AutoCloseable addPad(long siteId, int window, LongConsumer onFinished) {
        Pad pad = new Pad(siteId, window, onFinished);
        pads.add(pad);
        return () -> pads.remove(pad);
    }

    /** The queue's {@code ServiceFinished} (of this node or, through the queue's feed, another): to the window's pads. */
    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(QueueEvents.SITE) instanceof Long site && event.getProperty(QueueEvents.WINDOW) instanceof Integer window
                && event.getProperty(QueueEvents.TICKET_ID) instanceof Long ticket) {
            for (Pad p : pads) {
                if (p.siteId() == site && p.window() == window) {
                    try {
                        p.onFinished().accept(ticket);
                    } catch (RuntimeException e) {
                        LOG.warn("A rating pad failed to take a finished ticket", e);
                    }
                }
            }
        }
    }

    void checkAll() {
        for (Site site : sites.sites()) {
            try {
                complaints.checkDeadlines(site.id());
            } catch (RuntimeException e) {
                LOG.warn("Complaint deadline check failed for site {}: {}", site.code(), e.toString(), e);
            }
        }
    }

    public int padTimeoutSeconds() {
        return padTimeoutSeconds;
    }

    public QueueService queue() {
        return queue;
    }

    public Deadlines.Urgency urgency(Complaint k) {
        return complaints.urgency(k);
    }

    public Site siteOf(String code) {
        return complaints.siteOf(code);
    }

    // ---- the service, delegated

    @Override
    public List<String> ratingReasons() {
        return complaints.ratingReasons();
    }

    @Override
    public Rating rate(Actor actor, RatingRequest request) {
        return complaints.rate(actor, request);
    }

    @Override
    public Rating rateWithToken(long ticketId, String token, RatingRequest request) {
        return complaints.rateWithToken(ticketId, token, request);
    }

    @Override
    public boolean tokenValid(Ticket ticket, String token) {
        return complaints.tokenValid(ticket, token);
    }

    @Override
    public Optional<Rating> ratingOf(long ticketId) {
        return complaints.ratingOf(ticketId);
    }

    @Override
    public String ratingPath(Ticket ticket) {
        return complaints.ratingPath(ticket);
    }

    @Override
    public List<ComplaintCategory> categories() {
        return complaints.categories();
    }

    @Override
    public Complaint register(Actor actor, long siteId, ComplaintDraft draft) {
        return complaints.register(actor, siteId, draft);
    }

    @Override
    public Complaint complaint(Actor actor, long complaintId) {
        return complaints.complaint(actor, complaintId);
    }

    @Override
    public List<Complaint> complaints(Actor actor, long siteId, boolean openOnly) {
        return complaints.complaints(actor, siteId, openOnly);
    }

    @Override
    public ComplaintTracking track(String trackingNumber) {
        return complaints.track(trackingNumber);
    }

    @Override
    public Complaint assign(Actor actor, long complaintId, String ownerUsername) {
        return complaints.assign(actor, complaintId, ownerUsername);
    }

    @Override
    public Complaint startInvestigation(Actor actor, long complaintId) {
        return complaints.startInvestigation(actor, complaintId);
    }

    @Override
    public Complaint resolve(Actor actor, long complaintId, Resolution resolution) {
        return complaints.resolve(actor, complaintId, resolution);
    }

    @Override
    public Complaint giveFeedback(Actor actor, long complaintId, String feedback) {
        return complaints.giveFeedback(actor, complaintId, feedback);
    }

    @Override
    public Complaint close(Actor actor, long complaintId) {
        return complaints.close(actor, complaintId);
    }

    @Override
    public Complaint reject(Actor actor, long complaintId, String reason) {
        return complaints.reject(actor, complaintId, reason);
    }

    @Override
    public DeadlineSettings deadlineSettings(long siteId) {
        return complaints.deadlineSettings(siteId);
    }

    @Override
    public DeadlineSettings setDeadlineSettings(Actor actor, long siteId, DeadlineSettings settings) {
        return complaints.setDeadlineSettings(actor, siteId, settings);
    }

    @Override
    public int checkDeadlines(long siteId) {
        return complaints.checkDeadlines(siteId);
    }

    @Override
    public List<Rectification> rectifications(long siteId, boolean openOnly) {
        return complaints.rectifications(siteId, openOnly);
    }

    @Override
    public Rectification completeRectification(Actor actor, long rectificationId, String evidence) {
        return complaints.completeRectification(actor, rectificationId, evidence);
    }

    @Override
    public Rectification verifyRectification(Actor actor, long rectificationId) {
        return complaints.verifyRectification(actor, rectificationId);
    }

    @Override
    public LocalDate today() {
        return complaints.today();
    }

    @Override
    public List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to) {
        return complaints.byStaff(siteId, from, to);
    }
}
