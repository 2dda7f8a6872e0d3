package org.servicehall.casework;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityDocument;

/**
 * T1/T3: a case's steps, from acceptance at the window to completion. Each step is saved with its
 * audit entry (S2) and its timeline step, or not at all; a step the stage does not allow is
 * refused ({@link InvalidCaseStage}, naming the current stage); bad input is a
 * {@link org.servicehall.common.ValidationException} naming the field. Events go out after the
 * commit ({@link CaseEvents}). Staff and above.
 */
@ProviderType
public interface CaseLifecycle {
    /**
     * Opens a case from the ticket called or served at a window (the visit), for its item or the one
     * given: the deadline from the item's time limit on the site's working-day calendar.
     *
     * @throws org.servicehall.common.NotFound for an unknown ticket
     * @throws org.servicehall.common.ValidationException for an unknown service item or applicant data missing
     * @throws org.servicehall.common.Conflict when the ticket is not called or being served
     */
    Case open(Actor actor, CaseIntake intake);

    /** 审核: accepted → under review. */
    Case startReview(Actor actor, long caseId);

    /** 决定: under review → decided, with the written decision. */
    Case decide(Actor actor, long caseId, String decision);

    /**
     * 办结: decided → completed (the result handed over or sent); the clock stops. Since 1.1 a sensitive
     * operation (S4): the applicant's identity check ({@link #checkApplicant}) of the last minutes and
     * the staff member's fresh sign-in are needed first.
     *
     * @throws org.servicehall.security.IdentityCheckNeeded without either (nothing is changed)
     */
    Case complete(Actor actor, long caseId, String note);

    /**
     * S4 (核实客户的身份): the desk checked the applicant's document: its number must be the one the case
     * holds (the applicant's ID number or credit code); recorded masked and hashed, for the case.
     *
     * @throws org.servicehall.common.ValidationException naming {@code document} or {@code number}
     *         (a malformed number, or not the one on the case)
     * @throws org.servicehall.common.NotFound for an unknown case
     * @since 1.1
     */
    IdentityCheck checkApplicant(Actor actor, long caseId, IdentityDocument document, String number);

    /** 不予受理: accepted → not accepted, with the legal reason and the written decision. */
    Case notAccept(Actor actor, long caseId, String legalReason, String decision);

    /** 不予许可: under review → refused, with the legal reason and the written decision. */
    Case refuse(Actor actor, long caseId, String legalReason, String decision);

    /** 补正: the clock stops while the applicant brings what is missing (named). */
    Case pause(Actor actor, long caseId, String missing);

    /** The materials came: the clock runs again with the days that were left. */
    Case resume(Actor actor, long caseId);

    /**
     * Hands the case to a back-office unit, to another one, or back to the front window
     * ({@code toUnit} null or blank); kept with who, when and why.
     */
    Case handOver(Actor actor, long caseId, String toUnit, String note);

    /** A return visit of the applicant for the case, on the ticket now at the window: the case counts it. */
    Case returnVisit(Actor actor, long caseId, long ticketId);
}
