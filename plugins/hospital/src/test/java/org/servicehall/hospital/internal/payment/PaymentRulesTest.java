package org.servicehall.hospital.internal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;

/** H2: the fee list's fields and total; the steps of 唱收唱付 in order, none skipped before finishing. */
class PaymentRulesTest {
    static Payment with(PaymentStep... done) {
        List<StepRecord> steps = new ArrayList<>();
        for (PaymentStep s : done) {
            steps.add(new StepRecord(1, s, null, "cashier", Instant.EPOCH));
        }
        return new Payment(1, 1, null, "P003", "王芳", new BigDecimal("86.50"), new BigDecimal("100.00"), null, PaymentStatus.OPEN, "cashier",
                Instant.EPOCH, null, null, List.of(), steps);
    }

    @Test
    void theTotalIsTheSumOfTheItemisedFees_H2() {
        PaymentDraft d = PaymentDraft.builder().siteId(1).patientName("王芳").item("REG", "普通门诊挂号费", 1, new BigDecimal("6.50"))
                .item("CBC", "血常规", 2, new BigDecimal("40")).build();
        PaymentRules.check(d);
        assertEquals(new BigDecimal("86.50"), PaymentRules.total(d));
    }

    @Test
    void badFeeListsAreRefusedNamingTheField_H2() {
        ValidationException e = assertThrows(ValidationException.class, () -> PaymentRules.check(PaymentDraft.builder().siteId(1)
                .patientName("名".repeat(10_000)).item(null, "", 0, new BigDecimal("-1")).item(null, "药", 1, new BigDecimal("1.234")).build()));
        assertEquals(Set.of("patientName", "items[0].name", "items[0].quantity", "items[0].unitPrice", "items[1].unitPrice"),
                e.byField().keySet());
        assertThrows(ValidationException.class, () -> PaymentRules.check(PaymentDraft.builder().siteId(1).patientName("王芳").build()));
    }

    @ParameterizedTest
    @EnumSource(PaymentStep.class)
    void aPaymentCannotFinishWithAStepSkipped_H2(PaymentStep skipped) {
        List<PaymentStep> done = new ArrayList<>(List.of(PaymentStep.values()));
        done.remove(skipped);
        PaymentRefused e = assertThrows(PaymentRefused.class, () -> PaymentRules.mayFinish(with(done.toArray(PaymentStep[]::new))));
        String label = HospitalTexts.message(skipped.labelKey()).in(Locale.SIMPLIFIED_CHINESE);
        assertEquals("收费不能结束：尚未记录" + label + "（唱收唱付）", e.message(Locale.SIMPLIFIED_CHINESE));
        PaymentRules.mayFinish(with(PaymentStep.values()));
    }

    @Test
    void theStepsComeInTheirOrder_H2() {
        PaymentRefused e = assertThrows(PaymentRefused.class, () -> PaymentRules.mayRecord(with(PaymentStep.DUE_ANNOUNCED),
                PaymentStep.CHANGE_ANNOUNCED, null));
        assertEquals("“唱付找零”之前须先完成：唱收实收金额", e.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(PaymentRefused.class, () -> PaymentRules.mayRecord(with(PaymentStep.DUE_ANNOUNCED), PaymentStep.DUE_ANNOUNCED, null),
                "twice");
        assertEquals(new BigDecimal("86.50"), PaymentRules.mayRecord(with(), PaymentStep.DUE_ANNOUNCED, null));
        assertEquals(new BigDecimal("13.50"), PaymentRules.mayRecord(with(PaymentStep.DUE_ANNOUNCED, PaymentStep.RECEIVED_ANNOUNCED),
                PaymentStep.CHANGE_ANNOUNCED, null));
    }

    @Test
    void lessThanTheAmountDueIsNotReceived_H2() {
        ValidationException e = assertThrows(ValidationException.class, () -> PaymentRules.mayRecord(with(PaymentStep.DUE_ANNOUNCED),
                PaymentStep.RECEIVED_ANNOUNCED, new BigDecimal("50")));
        assertEquals("实收50.00元少于应收86.50元", e.byField(Locale.SIMPLIFIED_CHINESE).get("received"));
        assertThrows(ValidationException.class, () -> PaymentRules.mayRecord(with(PaymentStep.DUE_ANNOUNCED), PaymentStep.RECEIVED_ANNOUNCED,
                null));
    }

    /** The payment desk enables only the button of {@link PaymentRules#next}: it must be the one step the rules accept. */
    @Test
    void theNextStepIsTheOnlyOneTheRulesAccept_H2() {
        PaymentStep[] all = PaymentStep.values();
        for (int k = 0; k <= all.length; k++) {
            Payment p = with(Arrays.copyOf(all, k));
            assertEquals(k < all.length ? Optional.of(all[k]) : Optional.empty(), PaymentRules.next(p));
            for (PaymentStep s : all) {
                if (k < all.length && s == all[k]) {
                    PaymentRules.mayRecord(p, s, new BigDecimal("100"));
                } else {
                    assertThrows(PaymentRefused.class, () -> PaymentRules.mayRecord(p, s, new BigDecimal("100")), s + " after " + p.done());
                }
            }
        }
        Payment finished = new Payment(1, 1, null, "P003", "王芳", new BigDecimal("86.50"), null, null, PaymentStatus.FINISHED, "cashier",
                Instant.EPOCH, "cashier", Instant.EPOCH, List.of(), List.of());
        assertEquals(Optional.empty(), PaymentRules.next(finished));
    }
}
