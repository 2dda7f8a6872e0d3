package org.servicehall.complaint.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.servicehall.common.DomainEvent;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.Rectifications;
import org.servicehall.complaint.Resolution;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.x aggregate {@link ComplaintService}: its calls go to the area's services, {@link Ratings}
 * (P1), {@link ComplaintWorkflow} (P2/P3), {@link Rectifications} (P4) and {@link ComplaintDeadlines}
 * (P2), which hold the logic. Built by hand on a data source it is the whole area in plain Java
 * (with the {@link FeedbackReports} figures), for callers without a container (tests, tools); in
 * the container {@link ComplaintAggregate} offers it to callers that still reference the aggregate.
 * It goes when they reference the service they use.
 */
public class Complaints implements ComplaintService, FeedbackReports {
    private final Ratings ratings;
    private final ComplaintWorkflow workflow;
    private final Rectifications rectifications;
    private final ComplaintDeadlines deadlines;
    private final FeedbackReports feedback;
    private final Clock clock;

    /**
     * The area on the data source (already migrated), publishing its events to {@code publisher}.
     *
     * @param violations P4: the conduct area's candidates, or null without it
     * @param random for tracking numbers
     */
    public Complaints(DataSource dataSource, QueueReadModel queue, SiteService sites, AuditLog audit, Clock clock, ComplaintSettings settings,
            Supplier<List<ComplaintCategory>> categories, ViolationProposer violations, Consumer<DomainEvent> publisher, Random random) {
        ComplaintParts parts = new ComplaintParts(new ComplaintStore(dataSource), sites, audit, clock, publisher);
        ComplaintWorkflowImpl cases = new ComplaintWorkflowImpl(parts, queue, settings, categories, random);
        cases.useViolations(violations);
        this.ratings = new RatingsImpl(parts, queue, settings, random);
        this.workflow = cases;
        this.rectifications = new RectificationsImpl(parts);
        this.deadlines = new DeadlineWatch(parts);
        this.feedback = new FeedbackFigures(parts);
        this.clock = clock;
    }

    Complaints(Ratings ratings, ComplaintWorkflow workflow, Rectifications rectifications, ComplaintDeadlines deadlines,
            FeedbackReports feedback, Clock clock) {
        this.ratings = ratings;
        this.workflow = workflow;
        this.rectifications = rectifications;
        this.deadlines = deadlines;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** C3: the checks of texts sent to citizens, for the area built by hand (none by default). */
    public void useTextChecks(List<CitizenTextCheck> checks) {
        ((ComplaintWorkflowImpl) workflow).useTextChecks(checks);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- P1

    @Override
    public List<String> ratingReasons() {
        return ratings.ratingReasons();
    }

    @Override
    public Rating rate(Actor actor, RatingRequest request) {
        return ratings.rate(actor, request);
    }

    @Override
    public Rating rateWithToken(long ticketId, String token, RatingRequest request) {
        return ratings.rateWithToken(ticketId, token, request);
    }

    @Override
    public boolean tokenValid(Ticket ticket, String token) {
        return ratings.tokenValid(ticket, token);
    }

    @Override
    public Optional<Rating> ratingOf(long ticketId) {
        return ratings.ratingOf(ticketId);
    }

    @Override
    public String ratingPath(Ticket ticket) {
        return ratings.ratingPath(ticket);
    }

    // ---- P2/P3

    @Override
    public List<ComplaintCategory> categories() {
        return workflow.categories();
    }

    @Override
    public Complaint register(Actor actor, long siteId, ComplaintDraft draft) {
        return workflow.register(actor, siteId, draft);
    }

    @Override
    public Complaint complaint(Actor actor, long complaintId) {
        return workflow.complaint(actor, complaintId);
    }

    @Override
    public List<Complaint> complaints(Actor actor, long siteId, boolean openOnly) {
        return workflow.complaints(actor, siteId, openOnly);
    }

    @Override
    public ComplaintTracking track(String trackingNumber) {
        return workflow.track(trackingNumber);
    }

    @Override
    public Complaint assign(Actor actor, long complaintId, String ownerUsername) {
        return workflow.assign(actor, complaintId, ownerUsername);
    }

    @Override
    public Complaint startInvestigation(Actor actor, long complaintId) {
        return workflow.startInvestigation(actor, complaintId);
    }

    @Override
    public Complaint resolve(Actor actor, long complaintId, Resolution resolution) {
        return workflow.resolve(actor, complaintId, resolution);
    }

    @Override
    public Complaint giveFeedback(Actor actor, long complaintId, String text) {
        return workflow.giveFeedback(actor, complaintId, text);
    }

    @Override
    public Complaint close(Actor actor, long complaintId) {
        return workflow.close(actor, complaintId);
    }

    @Override
    public Complaint reject(Actor actor, long complaintId, String reason) {
        return workflow.reject(actor, complaintId, reason);
    }

    // ---- P2 deadlines

    @Override
    public DeadlineSettings deadlineSettings(long siteId) {
        return deadlines.deadlineSettings(siteId);
    }

    @Override
    public DeadlineSettings setDeadlineSettings(Actor actor, long siteId, DeadlineSettings settings) {
        return deadlines.setDeadlineSettings(actor, siteId, settings);
    }

    @Override
    public int checkDeadlines(long siteId) {
        return deadlines.checkDeadlines(siteId);
    }

    // ---- P4

    @Override
    public List<Rectification> rectifications(long siteId, boolean openOnly) {
        return rectifications.rectifications(siteId, openOnly);
    }

    @Override
    public List<Rectification> rectifications(Actor actor, long siteId, boolean openOnly) {
        return rectifications.rectifications(actor, siteId, openOnly);
    }

    @Override
    public Rectification completeRectification(Actor actor, long rectificationId, String evidence) {
        return rectifications.completeRectification(actor, rectificationId, evidence);
    }

    @Override
    public Rectification verifyRectification(Actor actor, long rectificationId) {
        return rectifications.verifyRectification(actor, rectificationId);
    }

    // ---- M1

    @Override
    public List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to) {
        return feedback.byStaff(siteId, from, to);
    }
}
