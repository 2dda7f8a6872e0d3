package org.servicehall.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.Light;

/**
 * A row of {@code cw_case} as the store reads and writes it (by {@link org.servicehall.persistence.RowMapper});
 * {@code unitName} and {@code reviewUnit} are {@code ""} for the front window.
 */
record CaseRow(long id, long siteId, String number, String serviceCode, String serviceName, String timeLimit, int limitDays,
        long ticketId, Integer windowNumber, String staffNumber, String acceptedBy, ApplicantKind applicantKind, String applicantName,
        String applicantId, String applicantPhone, CaseStage stage, boolean isOpen, String unitName, String reviewUnit, Instant acceptedAt,
        LocalDate acceptedOn, LocalDate clockStart, int daysUsedBefore, boolean paused, String missing, LocalDate due, LocalDate yellowFrom,
        Light light, int visits, String legalReason, String decision, Instant completedAt, LocalDate completedOn, boolean late,
        boolean escalated) {

    CaseClock clock() {
        return new CaseClock(limitDays, clockStart, daysUsedBefore, paused);
    }

    /** The row with a new stage (open or not as the stage is). */
    CaseRow withStage(CaseStage value) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, value, value.isOpen(), unitName, reviewUnit, acceptedAt,
                acceptedOn, clockStart, daysUsedBefore, paused, missing, due, yellowFrom, light, visits, legalReason, decision, completedAt,
                completedOn, late, escalated);
    }

    /** The row with the clock, the deadline and the light given. */
    CaseRow withClock(CaseClock clock, String missingNow, LocalDate dueNow, LocalDate yellowNow, Light lightNow) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, stage, isOpen, unitName, reviewUnit, acceptedAt,
                acceptedOn, clock.start(), clock.usedBefore(), clock.paused(), missingNow, dueNow, yellowNow, lightNow, visits, legalReason,
                decision, completedAt, completedOn, late, escalated);
    }

    CaseRow withUnit(String unit, String review) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, stage, isOpen, unit, review, acceptedAt, acceptedOn,
                clockStart, daysUsedBefore, paused, missing, due, yellowFrom, light, visits, legalReason, decision, completedAt, completedOn,
                late, escalated);
    }

    CaseRow withVisits(int value) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, stage, isOpen, unitName, reviewUnit, acceptedAt,
                acceptedOn, clockStart, daysUsedBefore, paused, missing, due, yellowFrom, light, value, legalReason, decision, completedAt,
                completedOn, late, escalated);
    }

    CaseRow withDecision(String reason, String text) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, stage, isOpen, unitName, reviewUnit, acceptedAt,
                acceptedOn, clockStart, daysUsedBefore, paused, missing, due, yellowFrom, light, visits, reason, text, completedAt,
                completedOn, late, escalated);
    }

    /** The row of a case that ended at {@code at} on {@code day}, late when after its deadline. */
    CaseRow ended(Instant at, LocalDate day) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, stage, false, unitName, reviewUnit, acceptedAt,
                acceptedOn, clockStart, daysUsedBefore, paused, missing, due, yellowFrom, light, visits, legalReason, decision, at, day,
                !paused && day.isAfter(due), escalated);
    }

    CaseRow withEscalated(boolean value) {
        return new CaseRow(id, siteId, number, serviceCode, serviceName, timeLimit, limitDays, ticketId, windowNumber, staffNumber,
                acceptedBy, applicantKind, applicantName, applicantId, applicantPhone, stage, isOpen, unitName, reviewUnit, acceptedAt,
                acceptedOn, clockStart, daysUsedBefore, paused, missing, due, yellowFrom, light, visits, legalReason, decision, completedAt,
                completedOn, late, value);
    }
}
