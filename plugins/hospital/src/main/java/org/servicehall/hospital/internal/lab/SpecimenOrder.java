package org.servicehall.hospital.internal.lab;

import java.time.Instant;

/**
 * A specimen ordered (from the information system or at the lab window): the barcode number on the
 * tube, the patient and the test item.
 *
 * @param appointmentAt a special test's agreed report time, else null
 */
public record SpecimenOrder(long siteId, String specimenNumber, String ticketNumber, String patientName, String testCode,
        Instant appointmentAt) {
}
