package org.servicehall.hospital.internal.pharmacy;

/** H3: received → prepared (调配) → checked (核对; ready for pick-up) → dispensed (发药). */
public enum PrescriptionStatus {
    RECEIVED, PREPARED, CHECKED, DISPENSED;

    /** Whether the patient's ticket may be called for pick-up. */
    public boolean isReady() {
        return this == CHECKED;
    }
}
