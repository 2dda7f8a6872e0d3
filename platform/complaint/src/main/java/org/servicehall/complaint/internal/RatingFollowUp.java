package org.servicehall.complaint.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.VisitFollowUp;

/**
 * P1 on the phone: once a ticket is done, its status page (opened from the printed ticket's QR
 * code) links to the rating page of that visit — unless it has been rated already.
 */
@Component(service = VisitFollowUp.class)
public final class RatingFollowUp implements VisitFollowUp {
    private final ComplaintService complaints;

    @Activate
    public RatingFollowUp(@Reference ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public Optional<String> linkFor(Ticket finished) {
        if (complaints.ratingOf(finished.id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(complaints.ratingPath(finished));
    }
}
