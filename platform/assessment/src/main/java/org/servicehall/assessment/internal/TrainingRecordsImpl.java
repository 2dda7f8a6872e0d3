package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.CourseDraft;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.assessment.TrainingRecords;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * M2: courses, who took part and how, and service errors, each change a supervisor's, checked,
 * stored with its audit entry and announced on {@link AssessmentEvents#TRAINING_CHANGED}.
 */
@Component(service = TrainingRecords.class)
public final class TrainingRecordsImpl implements TrainingRecords {
    private final AssessmentStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public TrainingRecordsImpl(@Reference AssessmentStore store, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference DomainEvents events, @Reference Clock clock) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** M2: announces that a course, participation or error of the site was added, changed or removed. */
    private void changed(long siteId, long id, String what) {
        events.publish(AssessmentEvent.of(AssessmentEvents.TRAINING_CHANGED, siteId, AssessmentEvents.ID, id, AssessmentEvents.WHAT, what));
    }

    /** The site's staff member with the number (in any case). */
    private Staff staff(long siteId, String staffNumber) {
        if (staffNumber == null || staffNumber.isBlank()) {
            throw ValidationException.of("staffNumber", "is required");
        }
        String n = staffNumber.trim();
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new NotFound("Staff member", n + " at site " + sites.site(siteId).code()));
    }

    @Override
    public List<Course> courses(long siteId, LocalDate from, LocalDate to) {
        return store.read(c -> TrainingTables.courses(c, siteId, from, to));
    }

    private static void checkCourse(CourseDraft d) {
        Validator v = new Validator();
        v.check(d != null, "course", "is required");
        if (d != null) {
            v.required("title", d.title()).maxLength("title", d.title() == null ? null : d.title().trim(), 200);
            v.check(d.date() != null, "date", "is required");
            v.check(d.hours() != null, "hours", "is required");
            if (d.hours() != null) {
                v.check(d.hours().compareTo(new BigDecimal("0.5")) >= 0 && d.hours().compareTo(new BigDecimal("100")) <= 0, "hours",
                        "is " + d.hours().toPlainString() + "; it must be between 0.5 and 100");
                v.check(d.hours().scale() <= 1 || d.hours().stripTrailingZeros().scale() <= 1, "hours", "takes at most one decimal");
            }
        }
        v.throwIfInvalid();
    }

    @Override
    public Course addCourse(Actor actor, long siteId, CourseDraft draft) {
        actor.require(Role.SUPERVISOR, "record training");
        sites.site(siteId);
        checkCourse(draft);
        String title = draft.title().trim();
        BigDecimal hours = draft.hours().setScale(1, RoundingMode.UNNECESSARY);
        Course course = store.inTransaction(c -> {
            long id = TrainingTables.insertCourse(c, siteId, title, draft.date(), hours);
            Course k = new Course(id, siteId, title, draft.date(), hours);
            audit.record(c, actor, "create", "training-course", id, null, k);
            return k;
        });
        changed(siteId, course.id(), "course");
        return course;
    }

    @Override
    public Course updateCourse(Actor actor, long courseId, CourseDraft draft) {
        actor.require(Role.SUPERVISOR, "record training");
        checkCourse(draft);
        String title = draft.title().trim();
        BigDecimal hours = draft.hours().setScale(1, RoundingMode.UNNECESSARY);
        Course course = store.inTransaction(c -> {
            Course before = TrainingTables.course(c, courseId).orElseThrow(() -> new NotFound("Course", courseId));
            TrainingTables.updateCourse(c, courseId, title, draft.date(), hours);
            Course after = new Course(courseId, before.siteId(), title, draft.date(), hours);
            audit.record(c, actor, "update", "training-course", courseId, before, after);
            return after;
        });
        changed(course.siteId(), courseId, "course");
        return course;
    }

    @Override
    public void removeCourse(Actor actor, long courseId) {
        actor.require(Role.SUPERVISOR, "record training");
        Course removed = store.inTransaction(c -> {
            Course before = TrainingTables.course(c, courseId).orElseThrow(() -> new NotFound("Course", courseId));
            int participants = TrainingTables.participants(c, courseId).size();
            TrainingTables.deleteCourse(c, courseId);
            audit.record(c, actor, "delete", "training-course", courseId, before + " with " + participants + " participants", null);
            return before;
        });
        changed(removed.siteId(), courseId, "course");
    }

    @Override
    public List<Participation> participants(long courseId) {
        return store.read(c -> TrainingTables.participants(c, courseId));
    }

    @Override
    public Participation recordParticipation(Actor actor, long courseId, String staffNumber, TrainingOutcome outcome) {
        actor.require(Role.SUPERVISOR, "record training");
        if (outcome == null) {
            throw ValidationException.of("outcome", "is required: PASSED, ATTENDED or ABSENT");
        }
        Course course = store.read(c -> TrainingTables.course(c, courseId)).orElseThrow(() -> new NotFound("Course", courseId));
        Staff s = staff(course.siteId(), staffNumber);
        Participation p = store.inTransaction(c -> {
            Optional<Participation> existing = TrainingTables.participants(c, courseId).stream()
                    .filter(x -> x.staffNumber().equals(s.staffNumber())).findFirst();
            if (existing.isPresent()) {
                TrainingTables.updateParticipation(c, existing.get().id(), outcome);
                Participation after = new Participation(existing.get().id(), courseId, s.staffNumber(), s.name(), outcome);
                audit.record(c, actor, "update", "training-participation", after.id(), existing.get(), after);
                return after;
            }
            long id = TrainingTables.insertParticipation(c, courseId, s.staffNumber(), s.name(), outcome);
            Participation after = new Participation(id, courseId, s.staffNumber(), s.name(), outcome);
            audit.record(c, actor, "create", "training-participation", id, null, after);
            return after;
        });
        changed(course.siteId(), p.id(), "participation");
        return p;
    }

    @Override
    public void removeParticipation(Actor actor, long participationId) {
        actor.require(Role.SUPERVISOR, "record training");
        long siteId = store.inTransaction(c -> {
            Participation p = TrainingTables.participation(c, participationId).orElseThrow(() -> new NotFound("Participation", participationId));
            TrainingTables.deleteParticipation(c, participationId);
            audit.record(c, actor, "delete", "training-participation", participationId, p, null);
            return TrainingTables.course(c, p.courseId()).map(Course::siteId).orElse(0L);
        });
        changed(siteId, participationId, "participation");
    }

    @Override
    public List<ServiceError> errors(long siteId, LocalDate from, LocalDate to) {
        return store.read(c -> TrainingTables.errors(c, siteId, from, to));
    }

    @Override
    public ServiceError recordError(Actor actor, long siteId, String staffNumber, LocalDate date, String note) {
        actor.require(Role.SUPERVISOR, "record a service error");
        Validator v = new Validator();
        v.check(date != null, "date", "is required").required("note", note).maxLength("note", note == null ? null : note.trim(), 500);
        if (date != null) {
            v.check(!date.isAfter(sites.today(siteId)), "date", "must not be in the future"); // the site's day (issue 12)
        }
        v.throwIfInvalid();
        Staff s = staff(siteId, staffNumber);
        Instant now = AssessmentStore.now(clock);
        ServiceError e = store.inTransaction(c -> {
            ServiceError draft = new ServiceError(0, siteId, s.staffNumber(), s.name(), date, note.trim(), actor.username(), now);
            long id = TrainingTables.insertError(c, draft);
            ServiceError saved = new ServiceError(id, siteId, s.staffNumber(), s.name(), date, note.trim(), actor.username(), now);
            audit.record(c, actor, "create", "service-error", id, null, saved);
            return saved;
        });
        changed(siteId, e.id(), "error");
        return e;
    }

    @Override
    public void removeError(Actor actor, long errorId) {
        actor.require(Role.SUPERVISOR, "remove a service error");
        ServiceError removed = store.inTransaction(c -> {
            ServiceError e = TrainingTables.error(c, errorId).orElseThrow(() -> new NotFound("Service error", errorId));
            TrainingTables.deleteError(c, errorId);
            audit.record(c, actor, "delete", "service-error", errorId, e, null);
            return e;
        });
        changed(removed.siteId(), errorId, "error");
    }
}
