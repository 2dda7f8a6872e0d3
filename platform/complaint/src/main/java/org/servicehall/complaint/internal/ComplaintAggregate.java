package org.servicehall.complaint.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.Rectifications;

/** The 1.x aggregate {@link ComplaintService} in the container, made of the area's four services (see {@link Complaints}). */
@Component(service = ComplaintService.class)
public final class ComplaintAggregate extends Complaints {

    @Activate
    public ComplaintAggregate(@Reference Ratings ratings, @Reference ComplaintWorkflow workflow, @Reference Rectifications rectifications,
            @Reference ComplaintDeadlines deadlines, @Reference FeedbackReports feedback, @Reference Clock clock) {
        super(ratings, workflow, rectifications, deadlines, feedback, clock);
    }
}
