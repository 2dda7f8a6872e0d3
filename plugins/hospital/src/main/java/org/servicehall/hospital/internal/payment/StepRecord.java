package org.servicehall.hospital.internal.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** One recorded step of 唱收唱付, with the amount announced (due, received or change; none for the receipt). */
public record StepRecord(long paymentId, PaymentStep step, BigDecimal amount, String actor, Instant stepAt) {
}
