package org.servicehall.complaint.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.complaint.Ratings;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.VisitFollowUp;

/**
 * P1 on the phone: once a ticket is done, its status page (opened from the printed ticket's QR
 * code) links to the rating page of that visit — unless it has been rated already. The queue gets
 * its follow-ups when it first uses them, so this reference to the ratings (which reference the
 * queue) closes no cycle.
 */
@Component(service = VisitFollowUp.class)
public final class RatingFollowUp implements VisitFollowUp {
    private final Ratings ratings;

    @Activate
    public RatingFollowUp(@Reference(name = "complaints") Ratings ratings) {
        this.ratings = ratings;
    }

    @Override
    public Optional<String> linkFor(Ticket finished) {
        if (ratings.ratingOf(finished.id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ratings.ratingPath(finished));
    }
}
