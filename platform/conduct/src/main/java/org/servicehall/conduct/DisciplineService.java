package org.servicehall.conduct;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.servicehall.security.Actor;

/**
 * Discipline (REQUIREMENTS C4-C8): inspections and violations, the penalty ladder and
 * commendations, the gift register, first-contact enquiries and disputes. Staff are named by their
 * staff number (工号) within a site, windows by their number.
 *
 * <p>Every change checks the actor's role ({@link org.servicehall.security.AccessDenied}), validates
 * the whole input naming each field ({@link org.servicehall.common.ValidationException}), names an
 * unknown site, window, staff member or record ({@link org.servicehall.common.NotFound}) and a step
 * the record's state does not allow ({@link org.servicehall.common.Conflict}), and is saved together
 * with its audit entry or not at all. Events follow on {@link DisciplineEvents} topics.
 */
public interface DisciplineService {

    // ---- C4 inspections and violations

    /** Records a spot check (supervisor); its findings are confirmed violations and may reach the ladder. */
    Inspection recordInspection(Actor actor, long siteId, InspectionDraft draft);

    /** The site's inspections between the two days (inclusive), newest first. */
    List<Inspection> inspections(long siteId, LocalDate from, LocalDate to);

    Inspection inspection(long inspectionId);

    /** The photo of an inspection, if one was attached. */
    Optional<byte[]> inspectionPhoto(long inspectionId);

    /**
     * Proposes a violation candidate from another area (attendance, complaints, assessment, a
     * plugin): nothing automatic is final, a supervisor confirms or dismisses it.
     *
     * @param occurredAt when it happened; null for now
     */
    Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
            ViolationSource source, Instant occurredAt, String note);

    /** The same, happening now and not at a particular window. */
    default Violation proposeViolation(Actor actor, long siteId, String staffNumber, String ruleCode, ViolationSource source,
            String note) {
        return proposeViolation(actor, siteId, staffNumber, null, ruleCode, source, null, note);
    }

    /** Confirms a candidate (supervisor); the staff member's ladder is then checked. */
    Violation confirmViolation(Actor actor, long violationId, String note);

    /** Dismisses a candidate with the reason (supervisor). */
    Violation dismissViolation(Actor actor, long violationId, String reason);

    /** The site's violations, newest first; {@code status} null for all. */
    List<Violation> violations(long siteId, ViolationStatus status);

    /** One staff member's violations, newest first. */
    List<Violation> violationsOf(long siteId, String staffNumber);

    /** Draws {@code count} random inspection slots for an ISO week ({@code 2026-W49}) from a seed; replaces open slots of that week. */
    List<InspectionSlot> planInspections(Actor actor, long siteId, String isoWeek, int count, long seed);

    /** The stored plan of a week, by time. */
    List<InspectionSlot> inspectionPlan(long siteId, String isoWeek);

    // ---- C5 penalty ladder and commendations

    DisciplineThresholds thresholds(long siteId);

    DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds);

    /** The site's proposed and decided sanctions, newest first. */
    List<Sanction> sanctions(long siteId);

    Sanction decideSanction(Actor actor, long sanctionId, boolean confirm, String note);

    /**
     * Proposes a commendation for each active staff member of the site whose last full months
     * (as many as the thresholds ask) had no confirmed violation and are not yet covered by an
     * earlier proposal. Safe to run any number of times.
     *
     * @return the new proposals
     */
    List<Commendation> reviewCommendations(Actor actor, long siteId);

    List<Commendation> commendations(long siteId);

    Commendation decideCommendation(Actor actor, long commendationId, boolean confirm, String note);

    // ---- C6 gift declarations

    GiftDeclaration declareGift(Actor actor, long siteId, GiftDeclarationDraft draft);

    /** A supervisor's review: {@code outcome} is any status but {@link GiftStatus#DECLARED}. */
    GiftDeclaration reviewGift(Actor actor, long giftId, GiftStatus outcome, String note);

    /** Supervisors see every declaration of the site, staff their own; newest first. */
    List<GiftDeclaration> gifts(Actor actor, long siteId);

    // ---- C7 first-contact enquiries

    Enquiry openEnquiry(Actor actor, long siteId, EnquiryDraft draft);

    /** Only the current owner (or a supervisor) hands over an open enquiry. */
    Enquiry handOverEnquiry(Actor actor, long enquiryId, int toWindow, String toStaff, String note);

    /** Only the current owner (or a supervisor) answers; the enquiry is then closed. */
    Enquiry answerEnquiry(Actor actor, long enquiryId, String answer);

    Enquiry enquiry(long enquiryId);

    /** The site's enquiries, newest first; {@code status} null for all. */
    List<Enquiry> enquiries(long siteId, EnquiryStatus status);

    // ---- C8 disputes

    Dispute escalateDispute(Actor actor, long siteId, DisputeDraft draft);

    /** Settled at the supervision desk (supervisor), never by the staff member involved. */
    Dispute resolveDispute(Actor actor, long disputeId, String resolution);

    /** The site's disputes, newest first. */
    List<Dispute> disputes(long siteId);
}
