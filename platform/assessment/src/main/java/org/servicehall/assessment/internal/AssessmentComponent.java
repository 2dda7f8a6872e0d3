package org.servicehall.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.AssessmentSettings;
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
import org.servicehall.assessment.WindowRank;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.persistence.Database;
import org.servicehall.queue.QueueReports;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment as an OSGi service: migrates its schema, takes the complaint area's
 * {@link FeedbackReports} while it runs (optional: without it attitude is neutral), counts
 * confirmed violations through the {@link DisciplineService}, and publishes events on EventAdmin
 * when one is present. Everything else is {@link Assessment}.
 */
@Component(service = { AssessmentService.class, AssessmentComponent.class }, immediate = true)
public final class AssessmentComponent implements AssessmentService {
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentComponent.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeedbackReports feedback;

    private final Assessment assessment;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public AssessmentComponent(@Reference Database database, @Reference SiteService sites, @Reference QueueReports queue,
            @Reference AttendanceService attendance, @Reference DisciplineService discipline, @Reference AuditLog audit,
            @Reference Clock clock) {
        database.migrate("assessment", getClass().getClassLoader());
        this.assessment = new Assessment(database.dataSource(), sites, queue, attendance, confirmedViolations(discipline, clock.getZone()),
                () -> Optional.ofNullable(feedback), audit, clock, this::publish);
    }

    /** C4: confirmed violations per staff member with a date in the period (in the hall's zone). */
    public static Assessment.ConfirmedViolations confirmedViolations(DisciplineService discipline, ZoneId zone) {
        return (siteId, from, to) -> {
            Map<String, Long> out = new HashMap<>();
            for (Violation v : discipline.violations(siteId, ViolationStatus.CONFIRMED)) {
                LocalDate day = v.occurredAt() == null ? null : LocalDate.ofInstant(v.occurredAt(), zone);
                if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                    out.merge(v.staffNumber(), 1L, Long::sum);
                }
            }
            return out;
        };
    }

    private void publish(String topic, Map<String, Object> properties) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
        listeners.forEach(l -> {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("An assessment screen failed to take an update", e);
            }
        });
    }

    /** Screens of this node follow changes through this; returns the handle that stops it. */
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public Clock clock() {
        return assessment.clock();
    }

    /** Whether the complaint area's figures are available now. */
    public boolean feedbackAvailable() {
        return feedback != null;
    }

    @Override
    public AssessmentSettings settings(long siteId) {
        return assessment.settings(siteId);
    }

    @Override
    public AssessmentSettings setSettings(Actor actor, long siteId, AssessmentSettings settings) {
        return assessment.setSettings(actor, siteId, settings);
    }

    @Override
    public AssessmentResult assess(Actor actor, long siteId, Period period, boolean replace) {
        return assessment.assess(actor, siteId, period, replace);
    }

    @Override
    public Optional<AssessmentResult> result(long siteId, Period period) {
        return assessment.result(siteId, period);
    }

    @Override
    public List<Period> assessedPeriods(long siteId) {
        return assessment.assessedPeriods(siteId);
    }

    @Override
    public List<Proposal> proposals(long siteId, ProposalStatus status) {
        return assessment.proposals(siteId, status);
    }

    @Override
    public Proposal decideProposal(Actor actor, long proposalId, boolean confirm, String note) {
        return assessment.decideProposal(actor, proposalId, confirm, note);
    }

    @Override
    public List<Course> courses(long siteId, LocalDate from, LocalDate to) {
        return assessment.courses(siteId, from, to);
    }

    @Override
    public Course addCourse(Actor actor, long siteId, CourseDraft draft) {
        return assessment.addCourse(actor, siteId, draft);
    }

    @Override
    public Course updateCourse(Actor actor, long courseId, CourseDraft draft) {
        return assessment.updateCourse(actor, courseId, draft);
    }

    @Override
    public void removeCourse(Actor actor, long courseId) {
        assessment.removeCourse(actor, courseId);
    }

    @Override
    public List<Participation> participants(long courseId) {
        return assessment.participants(courseId);
    }

    @Override
    public Participation recordParticipation(Actor actor, long courseId, String staffNumber, TrainingOutcome outcome) {
        return assessment.recordParticipation(actor, courseId, staffNumber, outcome);
    }

    @Override
    public void removeParticipation(Actor actor, long participationId) {
        assessment.removeParticipation(actor, participationId);
    }

    @Override
    public List<ServiceError> errors(long siteId, LocalDate from, LocalDate to) {
        return assessment.errors(siteId, from, to);
    }

    @Override
    public ServiceError recordError(Actor actor, long siteId, String staffNumber, LocalDate date, String note) {
        return assessment.recordError(actor, siteId, staffNumber, date, note);
    }

    @Override
    public void removeError(Actor actor, long errorId) {
        assessment.removeError(actor, errorId);
    }

    @Override
    public List<ReportLine> report(long siteId, Period period, ReportGrouping grouping) {
        return assessment.report(siteId, period, grouping);
    }

    @Override
    public List<SiteComparison> compareSites(Period period) {
        return assessment.compareSites(period);
    }

    @Override
    public List<WindowRank> windowRanking(long siteId, YearMonth month) {
        return assessment.windowRanking(siteId, month);
    }
}
