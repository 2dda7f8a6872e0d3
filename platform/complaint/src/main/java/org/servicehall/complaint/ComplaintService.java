package org.servicehall.complaint;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;

/**
 * Ratings, complaints and rectification (P1-P4). Every change checks its input and names every
 * problem ({@link org.servicehall.common.ValidationException}, {@link org.servicehall.common.Conflict},
 * {@link org.servicehall.common.NotFound}, {@link InvalidComplaintState}), is saved with its audit
 * entry (S2) or not at all, and is announced on EventAdmin ({@link ComplaintEvents}). Several nodes
 * may share the database: one rating per ticket and the workflow order hold across them.
 */
public interface ComplaintService {

    /** The actor of citizens on public pages (rating pad, phone, kiosk and web complaint): no role. */
    Actor CITIZEN = new Actor("citizen", "群众", EnumSet.noneOf(org.servicehall.security.Role.class));

    // ---- P1 ratings

    /** The reason ticks a rating may carry (态度好, 效率高, 等候久, 态度差, 推诿…). */
    List<String> ratingReasons();

    /**
     * P1: rates a finished visit. {@code actor} is who uses the device ({@link #CITIZEN} on public
     * pages); a signed-in staff member cannot rate a ticket they served. A rating of
     * {@link RatingLevel#bad() DISSATISFIED or worse} opens a complaint case (P2).
     *
     * @throws org.servicehall.common.NotFound for an unknown ticket
     * @throws org.servicehall.common.HallException for a ticket not finished
     * @throws org.servicehall.common.Conflict when the visit was already rated
     */
    Rating rate(Actor actor, RatingRequest request);

    /** P1: the phone/QR flow: rates as {@link #rate} after checking the ticket's token. */
    Rating rateWithToken(long ticketId, String token, RatingRequest request);

    /** Whether {@code token} is the ticket's rating token. */
    boolean tokenValid(Ticket ticket, String token);

    /** The rating of a ticket, if given. */
    Optional<Rating> ratingOf(long ticketId);

    /**
     * P1: the path (under the console's host) of the light rating page of one visit, carrying the
     * token that keeps visits from being rated by guessing numbers; for the printed ticket's QR code.
     */
    String ratingPath(Ticket ticket);

    // ---- P2/P3 complaints

    /** The categories offered now: the core's and those of running sector plugins. */
    List<ComplaintCategory> categories();

    /**
     * P3: registers a complaint. WEB and KIOSK complaints come from {@link #CITIZEN}; PHONE records
     * need a staff member; RATING ones come only from {@link #rate}.
     */
    Complaint register(Actor actor, long siteId, ComplaintDraft draft);

    /** One case, contact data masked unless the actor handles it (S3). */
    Complaint complaint(Actor actor, long complaintId);

    /** The site's cases (staff and above), newest first, contact data masked unless the actor handles the case. */
    List<Complaint> complaints(Actor actor, long siteId, boolean openOnly);

    /** P2: the public view of a case by its tracking number. */
    ComplaintTracking track(String trackingNumber);

    Complaint assign(Actor actor, long complaintId, String ownerUsername);

    Complaint startInvestigation(Actor actor, long complaintId);

    /** P2/P4: a confirmed finding opens a rectification task; a staff member at fault becomes a violation candidate. */
    Complaint resolve(Actor actor, long complaintId, Resolution resolution);

    Complaint giveFeedback(Actor actor, long complaintId, String feedback);

    Complaint close(Actor actor, long complaintId);

    Complaint reject(Actor actor, long complaintId, String reason);

    DeadlineSettings deadlineSettings(long siteId);

    DeadlineSettings setDeadlineSettings(Actor actor, long siteId, DeadlineSettings settings);

    /**
     * P2: looks at the site's open cases now: reminds once per stage one working day before its
     * deadline and escalates overdue ones (owner → SUPERVISOR → ADMIN). Returns how many cases
     * were reminded or escalated.
     */
    int checkDeadlines(long siteId);

    // ---- P4 rectification

    List<Rectification> rectifications(long siteId, boolean openOnly);

    Rectification completeRectification(Actor actor, long rectificationId, String evidence);

    Rectification verifyRectification(Actor actor, long rectificationId);

    /** The site's today on the platform clock. */
    LocalDate today();
}
