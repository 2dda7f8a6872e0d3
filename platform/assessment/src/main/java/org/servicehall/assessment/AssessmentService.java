package org.servicehall.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.servicehall.security.Actor;

/**
 * Supervision and assessment (M1-M3). Staff are named by their staff number (工号) within a site.
 *
 * <p>Every change checks the actor's role ({@link org.servicehall.security.AccessDenied}), validates
 * the whole input naming each field ({@link org.servicehall.common.ValidationException}), names an
 * unknown site, staff member or record ({@link org.servicehall.common.NotFound}) and a step the
 * record's state does not allow ({@link org.servicehall.common.Conflict}), and is saved together
 * with its audit entry or not at all. Events follow on {@link AssessmentEvents} topics.
 */
public interface AssessmentService {

    // ---- M1 settings

    /** The site's weights and thresholds ({@link AssessmentSettings#DEFAULTS} until an admin sets them). */
    AssessmentSettings settings(long siteId);

    /** Sets the site's weights and thresholds (admin); the weights must sum to 100. Audited. */
    AssessmentSettings setSettings(Actor actor, long siteId, AssessmentSettings settings);

    // ---- M1 assessment

    /**
     * Assesses every active staff member of the site over the period and stores the result with
     * its proposals (supervisor). A period already assessed is only assessed again with
     * {@code replace}: the stored result is then replaced (audited) and its undecided proposals
     * withdrawn.
     *
     * @throws org.servicehall.common.Conflict when the period was assessed and {@code replace} is false
     */
    AssessmentResult assess(Actor actor, long siteId, Period period, boolean replace);

    /** The stored result of the period, if it was assessed. */
    Optional<AssessmentResult> result(long siteId, Period period);

    /** The periods of the site that have a stored result, newest first. */
    List<Period> assessedPeriods(long siteId);

    /** C5: the site's proposals, newest first; {@code status} null for all. */
    List<Proposal> proposals(long siteId, ProposalStatus status);

    /** C5: a supervisor confirms or rejects a proposal (a rejection needs a note). */
    Proposal decideProposal(Actor actor, long proposalId, boolean confirm, String note);

    // ---- M2 training records and service errors

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

    // ---- M3 reports

    /** The site's figures over the period, grouped; staff lines carry the assessment total when the period was assessed. */
    List<ReportLine> report(long siteId, Period period, ReportGrouping grouping);

    /** M3 (admin): every site's figures over the period, side by side. */
    List<SiteComparison> compareSites(Period period);

    /** M3: the windows of the site ranked over a month. */
    List<WindowRank> windowRanking(long siteId, YearMonth month);
}
