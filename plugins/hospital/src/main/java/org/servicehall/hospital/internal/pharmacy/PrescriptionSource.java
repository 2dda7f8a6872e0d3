package org.servicehall.hospital.internal.pharmacy;

/** Where a prescription came from: the hospital information system (REST) or the pharmacy window. */
public enum PrescriptionSource {
    HIS, WINDOW
}
