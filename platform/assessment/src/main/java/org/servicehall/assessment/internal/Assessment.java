package org.servicehall.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.CourseDraft;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.SiteComparison;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.assessment.TrainingRecords;
import org.servicehall.assessment.WindowRank;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.EventDispatcher;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.queue.QueueReports;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.0 {@link AssessmentService}, deprecated since 1.1: the four services of the area
 * ({@link AssessmentWeightsImpl}, {@link AssessmentRunsImpl}, {@link TrainingRecordsImpl},
 * {@link AssessmentReportsImpl}) behind one interface, for 1.x callers. It holds no logic; code of
 * the platform uses the four services. In plain Java (a benchmark, a test) it also builds the whole
 * area on one data source.
 */
@SuppressWarnings("deprecation")
@Component(service = AssessmentService.class)
public final class Assessment implements AssessmentService {
    private final AssessmentWeights weights;
    private final AssessmentRuns runs;
    private final TrainingRecords training;
    private final AssessmentReports reports;

    @Activate
    public Assessment(@Reference AssessmentWeights weights, @Reference AssessmentRuns runs, @Reference TrainingRecords training,
            @Reference AssessmentReports reports) {
        this.weights = weights;
        this.runs = runs;
        this.training = training;
        this.reports = reports;
    }

    /**
     * The whole area on a data source whose assessment schema is migrated, publishing through
     * {@code events} (a test passes an {@code EventDispatcher}).
     *
     * @param feedback the complaint area's figures when it runs (an optional service)
     */
    public Assessment(DataSource dataSource, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, Supplier<Optional<FeedbackReports>> feedback, AuditLog audit, Clock clock, DomainEvents events) {
        this(AssessmentStore.on(dataSource), sites, queue, attendance, violations, feedback::get, audit, clock, events);
    }

    /**
     * As above, each event handed to {@code publisher} (topic, properties) on a dispatcher thread of
     * its own once its transaction committed (the benchmark's form).
     */
    public Assessment(DataSource dataSource, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, Supplier<Optional<FeedbackReports>> feedback, AuditLog audit, Clock clock,
            BiConsumer<String, Map<String, Object>> publisher) {
        this(dataSource, sites, queue, attendance, violations, feedback, audit, clock, dispatchingTo(publisher));
    }

    private static DomainEvents dispatchingTo(BiConsumer<String, Map<String, Object>> publisher) {
        EventDispatcher dispatcher = new EventDispatcher("servicehall-assessment-events");
        dispatcher.subscribe(AssessmentEvents.PREFIX, e -> publisher.accept(e.topic(), e.properties()));
        return dispatcher;
    }

    private Assessment(AssessmentStore store, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, FeedbackSource feedback, AuditLog audit, Clock clock, DomainEvents events) {
        this(new AssessmentWeightsImpl(store, sites, audit, events), store, sites, queue, attendance, violations, feedback, audit, clock,
                events);
    }

    private Assessment(AssessmentWeights weights, AssessmentStore store, SiteService sites, QueueReports queue,
            AttendanceService attendance, ConfirmedViolations violations, FeedbackSource feedback, AuditLog audit, Clock clock,
            DomainEvents events) {
        this(weights, new AssessmentRunsImpl(store, weights, sites, queue, attendance, violations, feedback, audit, events, clock),
                new TrainingRecordsImpl(store, sites, audit, events, clock),
                new AssessmentReportsImpl(store, sites, queue, attendance, feedback));
    }

    @Override
    public AssessmentSettings settings(long siteId) {
        return weights.settings(siteId);
    }

    @Override
    public AssessmentSettings setSettings(Actor actor, long siteId, AssessmentSettings settings) {
        return weights.setSettings(actor, siteId, settings);
    }

    @Override
    public AssessmentResult assess(Actor actor, long siteId, Period period, boolean replace) {
        return runs.assess(actor, siteId, period, replace);
    }

    @Override
    public Optional<AssessmentResult> result(long siteId, Period period) {
        return runs.result(siteId, period);
    }

    @Override
    public List<Period> assessedPeriods(long siteId) {
        return runs.assessedPeriods(siteId);
    }

    @Override
    public List<Proposal> proposals(long siteId, ProposalStatus status) {
        return runs.proposals(siteId, status);
    }

    @Override
    public Proposal decideProposal(Actor actor, long proposalId, boolean confirm, String note) {
        return runs.decideProposal(actor, proposalId, confirm, note);
    }

    @Override
    public List<Course> courses(long siteId, LocalDate from, LocalDate to) {
        return training.courses(siteId, from, to);
    }

    @Override
    public Course addCourse(Actor actor, long siteId, CourseDraft draft) {
        return training.addCourse(actor, siteId, draft);
    }

    @Override
    public Course updateCourse(Actor actor, long courseId, CourseDraft draft) {
        return training.updateCourse(actor, courseId, draft);
    }

    @Override
    public void removeCourse(Actor actor, long courseId) {
        training.removeCourse(actor, courseId);
    }

    @Override
    public List<Participation> participants(long courseId) {
        return training.participants(courseId);
    }

    @Override
    public Participation recordParticipation(Actor actor, long courseId, String staffNumber, TrainingOutcome outcome) {
        return training.recordParticipation(actor, courseId, staffNumber, outcome);
    }

    @Override
    public void removeParticipation(Actor actor, long participationId) {
        training.removeParticipation(actor, participationId);
    }

    @Override
    public List<ServiceError> errors(long siteId, LocalDate from, LocalDate to) {
        return training.errors(siteId, from, to);
    }

    @Override
    public ServiceError recordError(Actor actor, long siteId, String staffNumber, LocalDate date, String note) {
        return training.recordError(actor, siteId, staffNumber, date, note);
    }

    @Override
    public void removeError(Actor actor, long errorId) {
        training.removeError(actor, errorId);
    }

    @Override
    public List<ReportLine> report(long siteId, Period period, ReportGrouping grouping) {
        return reports.report(siteId, period, grouping);
    }

    @Override
    public List<SiteComparison> compareSites(Period period) {
        return reports.compareSites(period);
    }

    @Override
    public List<WindowRank> windowRanking(long siteId, YearMonth month) {
        return reports.windowRanking(siteId, month);
    }
}
