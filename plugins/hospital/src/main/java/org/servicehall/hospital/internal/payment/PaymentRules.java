package org.servicehall.hospital.internal.payment;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;

/**
 * H2 as plain Java: an itemised fee list's fields and total; the steps of 唱收唱付 in their order
 * (due announced → received announced, at least the amount due → change announced, exactly the
 * difference → receipt handed over); no step twice, none skipped, and a payment finishes only with
 * all four.
 */
public final class PaymentRules {
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999.99");
    public static final int MAX_ITEMS = 100;

    private PaymentRules() {
    }

    /** @throws ValidationException naming every bad field ({@code items[0].unitPrice}, …) */
    public static void check(PaymentDraft d) {
        if (d == null) {
            throw ValidationException.of("payment", message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        HospitalTexts.text(errors, "patientName", d.patientName(), 100);
        HospitalTexts.optional(errors, "externalId", d.externalId(), 64);
        HospitalTexts.optional(errors, "ticketNumber", d.ticketNumber(), 20);
        if (d.items().isEmpty()) {
            errors.add(ValidationException.FieldError.of("items", message("error.payment.noItems")));
        } else if (d.items().size() > MAX_ITEMS) {
            errors.add(ValidationException.FieldError.of("items", message("error.payment.tooManyItems", MAX_ITEMS)));
        }
        for (int i = 0; i < d.items().size() && i < MAX_ITEMS; i++) {
            PaymentDraft.Item it = d.items().get(i);
            String at = "items[" + i + "].";
            if (it == null) {
                errors.add(ValidationException.FieldError.of("items[" + i + "]", message("error.field.required")));
                continue;
            }
            HospitalTexts.optional(errors, at + "code", it.code(), 40);
            HospitalTexts.text(errors, at + "name", it.name(), 100);
            if (it.quantity() == null || it.quantity() < 1 || it.quantity() > 9999) {
                errors.add(ValidationException.FieldError.of(at + "quantity", message("error.payment.quantity", 9999)));
            }
            if (it.unitPrice() == null || it.unitPrice().signum() < 0 || it.unitPrice().compareTo(MAX_AMOUNT) > 0
                    || it.unitPrice().stripTrailingZeros().scale() > 2) {
                errors.add(ValidationException.FieldError.of(at + "unitPrice", message("error.payment.amount", MAX_AMOUNT.toPlainString())));
            }
        }
        HospitalTexts.throwIf(errors);
        if (total(d).compareTo(MAX_AMOUNT) > 0) {
            throw ValidationException.of("items", message("error.payment.amount", MAX_AMOUNT.toPlainString()));
        }
    }

    public static BigDecimal amount(PaymentDraft.Item it) {
        return it.unitPrice().multiply(BigDecimal.valueOf(it.quantity())).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal total(PaymentDraft d) {
        return d.items().stream().map(PaymentRules::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /**
     * The amount recorded with {@code step}: the total for the due, the cash given for the
     * received (at least the total), the difference for the change; none for the receipt.
     *
     * @param received the cash the patient gave (only for {@link PaymentStep#RECEIVED_ANNOUNCED})
     * @throws PaymentRefused when the step is done already, an earlier one is missing, or the payment is finished
     */
    public static BigDecimal mayRecord(Payment p, PaymentStep step, BigDecimal received) {
        if (p.status() == PaymentStatus.FINISHED) {
            throw new PaymentRefused(message("error.payment.finished", p.id()));
        }
        Set<PaymentStep> done = p.done();
        if (done.contains(step)) {
            throw new PaymentRefused(message("error.payment.stepDone", message(step.labelKey())));
        }
        List<Message> before = new ArrayList<>();
        for (PaymentStep s : PaymentStep.values()) {
            if (s == step) {
                break;
            }
            if (!done.contains(s)) {
                before.add(message(s.labelKey()));
            }
        }
        if (!before.isEmpty()) {
            throw new PaymentRefused(message("error.payment.stepsBefore", message(step.labelKey()), HospitalTexts.list(before)));
        }
        return switch (step) {
            case DUE_ANNOUNCED -> p.total();
            case RECEIVED_ANNOUNCED -> {
                if (received == null || received.signum() < 0 || received.compareTo(MAX_AMOUNT) > 0 || received.stripTrailingZeros().scale() > 2) {
                    throw ValidationException.of("received", message("error.payment.amount", MAX_AMOUNT.toPlainString()));
                }
                if (received.compareTo(p.total()) < 0) {
                    throw ValidationException.of("received", message("error.payment.tooLittle", received.setScale(2).toPlainString(),
                            p.total().toPlainString()));
                }
                yield received.setScale(2);
            }
            case CHANGE_ANNOUNCED -> p.received().subtract(p.total()).setScale(2);
            case RECEIPT_HANDED -> null;
        };
    }

    /**
     * The one step the cashier may record now (the first not yet recorded), none when all four
     * are or the payment is finished: the payment desk enables only this step's button.
     */
    public static Optional<PaymentStep> next(Payment p) {
        if (p.status() == PaymentStatus.FINISHED) {
            return Optional.empty();
        }
        for (PaymentStep s : PaymentStep.values()) {
            if (!p.done().contains(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @throws PaymentRefused naming each step not yet recorded */
    public static void mayFinish(Payment p) {
        if (p.status() == PaymentStatus.FINISHED) {
            throw new PaymentRefused(message("error.payment.finished", p.id()));
        }
        List<Message> missing = new ArrayList<>();
        for (PaymentStep s : PaymentStep.values()) {
            if (!p.done().contains(s)) {
                missing.add(message(s.labelKey()));
            }
        }
        if (!missing.isEmpty()) {
            throw new PaymentRefused(message("error.payment.stepsMissing", HospitalTexts.list(missing)));
        }
    }
}
