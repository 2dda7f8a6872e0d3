package org.servicehall.admincenter.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.Light;
import org.servicehall.security.Actor;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * AC1 one-window acceptance (一窗受理) on casework: the comprehensive window accepts any item of the
 * centre as a case, routes it to the back-office unit that decides it (each hand-over kept by
 * casework), the unit returns it to the pick-up window, which hands the result out (统一出件). An
 * item the centre does not offer and a unit it does not have are refused naming them.
 */
public interface OneWindow {
    /** What the comprehensive window records from the called ticket. */
    record Acceptance(long ticketId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String serviceCode,
            ApplicantKind applicantKind, @Schema(maxLength = 100) String applicantName, @Schema(maxLength = 40) String applicantId,
            @Schema(maxLength = 20) String applicantPhone, boolean routeToResponsibleUnit) {
    }

    /** One hand-over as the applicant sees it: when (and that time in the site's zone, in the reader's words), from where, to where (no names, no notes). */
    record Step(Instant at, String time, String from, String to) {
    }

    /** The applicant's view of a case: no personal data. */
    record Progress(String number, String serviceName, String stage, OneWindowRules.Place place, String where, String due, Light light,
            String missing, List<Step> steps) {
    }

    /** Accepts the centre's item from the ticket at the actor's window, and routes it to its unit when asked. */
    Case accept(Actor actor, Acceptance acceptance);

    /** Routes the case to a back-office unit (or from one unit to another). */
    Case route(Actor actor, long caseId, String unit, String note);

    /** The unit returns its decided case to the pick-up window. */
    Case returnToPickUp(Actor actor, long caseId, String note);

    /** The pick-up window hands the result out: the case is completed. */
    Case handOut(Actor actor, long caseId, String note);

    /** A unit's open cases, most urgent first (its inbox). */
    List<Case> inbox(Actor actor, long siteId, String unit);

    /** The centre's open cases at the front: to route, or decided and ready at the pick-up window. */
    List<Case> atFront(Actor actor, long siteId);

    /** The centre's case by number (staff). */
    Case byNumber(Actor actor, String number);

    /**
     * Where the case is, for its applicant (no login): by number and the last four digits of the phone or ID number.
     *
     * @throws org.servicehall.common.NotFound for no such case of the centre with those digits
     */
    Progress progress(String number, String lastDigits, Locale locale);
}
