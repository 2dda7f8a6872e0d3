package org.servicehall.hospital.internal.payment;

/** H2: open while the cashier walks through 唱收唱付; finished once all four steps are recorded. */
public enum PaymentStatus {
    OPEN, FINISHED
}
