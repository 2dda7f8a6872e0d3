package org.servicehall.complaint.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.servicehall.common.Aggregate;
import org.servicehall.common.DomainEvent;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.Rectifications;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.AuditLog;
import org.servicehall.security.IdentityChecks;
import org.servicehall.site.SiteService;

/**
 * The whole complaint area in plain Java (tests, tools): the 1.x aggregate {@link ComplaintService}
 * made of the area's services, {@link Ratings} (P1), {@link ComplaintWorkflow} (P2/P3),
 * {@link Rectifications} (P4) and {@link ComplaintDeadlines} (P2), which hold the logic, with the
 * {@link FeedbackReports} figures: an {@link Aggregate}, no class forwarding each call. In the
 * container {@link ComplaintAggregate} registers {@link #of the aggregate} for callers that still
 * reference it; it goes when they reference the service they use.
 */
public interface Complaints extends ComplaintService, FeedbackReports {

    /** C3: the checks of texts sent to citizens, for the area built by hand (none by default). */
    void useTextChecks(List<CitizenTextCheck> checks);

    /** S4: the identity checks and fresh sign-ins, for the area built by hand (none by default: contact data then stays as it is). */
    void useIdentityChecks(IdentityChecks checks);

    /**
     * The area on the data source (already migrated), publishing its events to {@code publisher}.
     *
     * @param violations P4: the conduct area's candidates, or null without it
     * @param random for tracking numbers
     */
    static Complaints onDataSource(DataSource dataSource, QueueReadModel queue, SiteService sites, AuditLog audit, Clock clock,
            ComplaintSettings settings, Supplier<List<ComplaintCategory>> categories, ViolationProposer violations,
            Consumer<DomainEvent> publisher, Random random) {
        ComplaintParts parts = new ComplaintParts(new ComplaintStore(dataSource), sites, audit, clock, publisher);
        ComplaintWorkflowImpl cases = new ComplaintWorkflowImpl(parts, queue, settings, categories, random);
        cases.useViolations(violations);
        return Aggregate.of(Complaints.class, new RatingsImpl(parts, queue, settings, random), cases, new RectificationsImpl(parts),
                new DeadlineWatch(parts), new FeedbackFigures(parts), new OwnCalls(clock, cases));
    }

    /** The 1.x aggregate of the area's four services. */
    static ComplaintService of(Ratings ratings, ComplaintWorkflow workflow, Rectifications rectifications, ComplaintDeadlines deadlines,
            Clock clock) {
        return Aggregate.of(ComplaintService.class, ratings, workflow, rectifications, deadlines, new OwnCalls(clock, null));
    }

    /** The calls the aggregate declares itself: today on the platform clock, the text checks in plain Java. */
    final class OwnCalls {
        private final Clock clock;
        private final ComplaintWorkflowImpl workflow;

        OwnCalls(Clock clock, ComplaintWorkflowImpl workflow) {
            this.clock = clock;
            this.workflow = workflow;
        }

        public LocalDate today() {
            return LocalDate.now(clock);
        }

        public void useTextChecks(List<CitizenTextCheck> checks) {
            workflow.useTextChecks(checks);
        }

        public void useIdentityChecks(IdentityChecks checks) {
            workflow.useIdentityChecks(checks);
        }

        @Override
        public String toString() {
            return "today and text checks";
        }
    }
}
