package org.servicehall.hospital.internal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A patient's payment at the window (H2): the itemised fee list, the total and the steps of 唱收唱付 recorded. */
public record Payment(long id, long siteId, String externalId, String ticketNumber, String patientName, BigDecimal total,
        BigDecimal received, BigDecimal changeGiven, PaymentStatus status, String createdBy, Instant createdAt, String finishedBy,
        Instant finishedAt, List<FeeItem> items, List<StepRecord> steps) {

    public Payment {
        items = items == null ? List.of() : List.copyOf(items);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Set<PaymentStep> done() {
        Set<PaymentStep> done = EnumSet.noneOf(PaymentStep.class);
        steps.forEach(s -> done.add(s.step()));
        return done;
    }
}
