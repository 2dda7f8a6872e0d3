package org.servicehall.hospital.internal.lab;

/** H4: ordered (barcode printed) → sampled (after 三对) → reported. */
public enum SpecimenStatus {
    ORDERED, SAMPLED, REPORTED
}
