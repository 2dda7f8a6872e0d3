package org.servicehall.hospital.internal.pharmacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A prescription at the pharmacy (H3) with its two signatures (调配 and 核对, two different
 * pharmacists), its skin-test result and, once dispensed, the ten checks recorded.
 *
 * @param externalId the information system's MedicationRequest id (null when entered at the window)
 * @param ticketId the patient's ticket, whose call for pick-up waits until the prescription is checked
 */
public record Prescription(long id, long siteId, String externalId, PrescriptionSource source, Long ticketId, String ticketNumber,
        String patientName, int patientAge, String department, String diagnosis, String prescriber, PrescriptionStatus status,
        Instant receivedAt, String preparedBy, Instant preparedAt, String checkedBy, Instant checkedAt, SkinTestResult skinTest,
        String skinTestBy, Instant skinTestAt, String dispensedBy, Instant dispensedAt, Set<DispenseCheck> dispenseChecks,
        List<PrescriptionLine> lines) {

    public Prescription {
        dispenseChecks = dispenseChecks == null ? Set.of() : Set.copyOf(dispenseChecks);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Whether any of its drugs needs a skin test. */
    public boolean needsSkinTest() {
        return lines.stream().anyMatch(l -> l.drug().skinTest());
    }
}
