package org.servicehall.assessment;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * M2: the training courses held for a site's staff, who took part and how, and the service errors
 * supervisors record (since 1.1); the ability part of an assessment is computed from them. Changes
 * are a supervisor's, audited and announced on {@link AssessmentEvents#TRAINING_CHANGED}.
 */
@ProviderType
public interface TrainingRecords {

    /** The site's courses held between the two days (inclusive), newest first. */
    List<Course> courses(long siteId, LocalDate from, LocalDate to);

    Course addCourse(Actor actor, long siteId, CourseDraft draft);

    Course updateCourse(Actor actor, long courseId, CourseDraft draft);

    /** Removes a course with its participations. */
    void removeCourse(Actor actor, long courseId);

    List<Participation> participants(long courseId);

    /** Records (or changes) how a staff member took part in a course. */
    Participation recordParticipation(Actor actor, long courseId, String staffNumber, TrainingOutcome outcome);

    void removeParticipation(Actor actor, long participationId);

    /** The service errors recorded for the site's staff between the two days (inclusive), newest first. */
    List<ServiceError> errors(long siteId, LocalDate from, LocalDate to);

    ServiceError recordError(Actor actor, long siteId, String staffNumber, LocalDate date, String note);

    void removeError(Actor actor, long errorId);
}
