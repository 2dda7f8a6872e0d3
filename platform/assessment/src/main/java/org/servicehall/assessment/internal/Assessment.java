package org.servicehall.assessment.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.TrainingRecords;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.casework.Supervision;
import org.servicehall.common.Aggregate;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.EventDispatcher;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.queue.QueueReports;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.0 {@link AssessmentService}, deprecated since 1.1: the four services of the area
 * ({@link AssessmentWeightsImpl}, {@link AssessmentRunsImpl}, {@link TrainingRecordsImpl},
 * {@link AssessmentReportsImpl}) behind one interface, for 1.x callers, as an {@link Aggregate}: it
 * holds no logic and forwards nothing by hand; code of the platform uses the four services. In the
 * container {@link AssessmentAggregate} registers it; in plain Java (a benchmark, a test)
 * {@link #onDataSource} builds the whole area on one data source.
 */
@SuppressWarnings("deprecation")
public final class Assessment {

    private Assessment() {
    }

    /** The aggregate of the area's four services. */
    static AssessmentService of(AssessmentWeights weights, AssessmentRuns runs, TrainingRecords training, AssessmentReports reports) {
        return Aggregate.of(AssessmentService.class, weights, runs, training, reports);
    }

    /**
     * The whole area on a data source whose assessment schema is migrated, publishing through
     * {@code events} (a test passes an {@code EventDispatcher}).
     *
     * @param feedback the complaint area's figures when it runs (an optional service)
     */
    public static AssessmentService onDataSource(DataSource dataSource, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, Supplier<Optional<FeedbackReports>> feedback, AuditLog audit, Clock clock, DomainEvents events) {
        return onDataSource(dataSource, sites, queue, attendance, violations, feedback, Optional::empty, audit, clock, events);
    }

    /**
     * As above, with casework's supervision when it runs (T3 → M1: cases completed in time join the
     * efficiency part).
     */
    public static AssessmentService onDataSource(DataSource dataSource, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, Supplier<Optional<FeedbackReports>> feedback, Supplier<Optional<Supervision>> casework,
            AuditLog audit, Clock clock, DomainEvents events) {
        AssessmentStore store = AssessmentStore.on(dataSource);
        FeedbackSource figures = feedback::get;
        AssessmentWeights weights = new AssessmentWeightsImpl(store, sites, audit, events);
        return of(weights, new AssessmentRunsImpl(store, weights, sites, queue, attendance, violations, figures, casework::get, audit,
                events, clock),
                new TrainingRecordsImpl(store, sites, audit, events, clock),
                new AssessmentReportsImpl(store, sites, queue, attendance, figures));
    }

    /**
     * As above, each event handed to {@code publisher} (topic, properties) on a dispatcher thread of
     * its own once its transaction committed (the benchmark's form).
     */
    public static AssessmentService onDataSource(DataSource dataSource, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, Supplier<Optional<FeedbackReports>> feedback, AuditLog audit, Clock clock,
            BiConsumer<String, Map<String, Object>> publisher) {
        EventDispatcher dispatcher = new EventDispatcher("servicehall-assessment-events");
        dispatcher.subscribe(AssessmentEvents.PREFIX, e -> publisher.accept(e.topic(), e.properties()));
        return onDataSource(dataSource, sites, queue, attendance, violations, feedback, audit, clock, dispatcher);
    }
}
