package org.servicehall.hospital.internal.payment;

/**
 * H2: the steps of 唱收唱付 at the payment window, in their order; label {@code payment.step.<NAME>}.
 */
public enum PaymentStep {
    /** 唱收: the amount due announced to the patient. */
    DUE_ANNOUNCED,
    /** The amount received announced (收您…元). */
    RECEIVED_ANNOUNCED,
    /** 唱付: the change announced (找您…元). */
    CHANGE_ANNOUNCED,
    /** The receipt handed over (请收好收据). */
    RECEIPT_HANDED;

    public String labelKey() {
        return "payment.step." + name();
    }
}
