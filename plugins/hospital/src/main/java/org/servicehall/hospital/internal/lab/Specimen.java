package org.servicehall.hospital.internal.lab;

import java.time.Instant;

/**
 * A specimen (标本) from order to report (H4).
 *
 * @param specimenNumber the barcode on the tube, unique
 * @param appointmentAt for a special test, the report time agreed (预约报告)
 * @param warnAt when the turnaround warning fires (set at sampling)
 * @param dueAt the turnaround limit (set at sampling)
 * @param slipToken the key of the patient's slip and phone page (not the specimen number)
 */
public record Specimen(long id, long siteId, String specimenNumber, String ticketNumber, String patientName, String testCode,
        String tatClass, SpecimenStatus status, Instant orderedAt, Instant appointmentAt, String sampledBy, Instant sampledAt,
        Instant warnAt, Instant dueAt, Instant warnedAt, Instant breachedAt, String reportedBy, Instant reportedAt, String slipToken) {

    /** Where it stands at {@code now}. */
    public TatState state(Instant now) {
        return TatRules.state(this, now);
    }
}
