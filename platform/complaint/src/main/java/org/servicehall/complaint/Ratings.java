package org.servicehall.complaint;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;

/**
 * P1: the five-level rating (好差评) of each finished visit, on the rating pad at the window or on
 * the citizen's phone through the ticket's link. One rating per visit, across nodes; a bad one
 * opens a complaint case (P2). Announced as {@link ComplaintEvents#RATING_GIVEN}.
 *
 * @since 1.1
 */
@ProviderType
public interface Ratings {

    /** The reason ticks a rating may carry (态度好, 效率高, 等候久, 态度差, 推诿…). */
    List<String> ratingReasons();

    /**
     * P1: rates a finished visit. {@code actor} is who uses the device ({@link ComplaintWorkflow#CITIZEN}
     * on public pages); a signed-in staff member cannot rate a ticket they served. A rating of
     * {@link RatingLevel#bad() DISSATISFIED or worse} opens a complaint case (P2).
     *
     * @throws NotFound for an unknown ticket
     * @throws HallException for a ticket not finished
     * @throws Conflict when the visit was already rated
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
}
