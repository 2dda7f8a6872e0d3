package org.servicehall.hospital.internal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.Conflict;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.security.Actor;

/** H2 on H2 and PostgreSQL: the fee list and each step of 唱收唱付 recorded; no finishing with a step skipped; bad lists store nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentPersistenceTest {
    private final EventDispatcher events = new EventDispatcher("hospital-payment-test");

    @AfterAll
    void closeAll() {
        events.close();
    }

    @EachDatabase("hospital")
    void eachStepOfSingingOutIsRecordedAndNoneSkipped_H2(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "PAY").create();
        Payments payments = new Payments(HospitalTables.on(fx.dataSource()), fx.sites(), fx.audit(), events, fx.clock());
        Actor cashier = hall.staff(1).actor();
        Payment p = payments.open(cashier, PaymentDraft.builder().siteId(hall.id()).externalId("FEE-88").ticketNumber("P003").patientName("王芳")
                .item("REG", "普通门诊挂号费", 1, new BigDecimal("6.50")).item("CBC", "血常规", 2, new BigDecimal("40")).build());
        assertEquals(new BigDecimal("86.50"), p.total());
        assertEquals(2, p.items().size());
        assertEquals(new BigDecimal("80.00"), p.items().get(1).amount());
        assertThrows(Conflict.class, () -> payments.open(cashier, PaymentDraft.builder().siteId(hall.id()).externalId("FEE-88")
                .patientName("王芳").item(null, "挂号费", 1, BigDecimal.ONE).build()));
        payments.record(cashier, p.id(), PaymentStep.DUE_ANNOUNCED, null);
        assertThrows(PaymentRefused.class, () -> payments.finish(cashier, p.id()));
        assertThrows(ValidationException.class, () -> payments.record(cashier, p.id(), PaymentStep.RECEIVED_ANNOUNCED, new BigDecimal("80")));
        payments.record(cashier, p.id(), PaymentStep.RECEIVED_ANNOUNCED, new BigDecimal("100"));
        Payment change = payments.record(cashier, p.id(), PaymentStep.CHANGE_ANNOUNCED, null);
        assertEquals(new BigDecimal("13.50"), change.changeGiven());
        assertThrows(PaymentRefused.class, () -> payments.finish(cashier, p.id()), "the receipt not handed over");
        payments.record(cashier, p.id(), PaymentStep.RECEIPT_HANDED, null);
        Payment done = payments.finish(cashier, p.id());
        assertEquals(PaymentStatus.FINISHED, done.status());
        assertEquals(List.of(PaymentStep.values()), done.steps().stream().map(StepRecord::step).toList());
        assertEquals(new BigDecimal("100.00"), done.steps().get(1).amount());
        assertThrows(PaymentRefused.class, () -> payments.record(cashier, p.id(), PaymentStep.RECEIPT_HANDED, null));
        assertEquals(6, fx.audit().history("payment", p.id()).size());
        assertEquals(4, fx.count("sh_hospital_payment_step WHERE payment_id = " + p.id()));
    }

    @EachDatabase("hospital")
    void aBadFeeListStoresNothing_H2(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "PAYBAD").create();
        Payments payments = new Payments(HospitalTables.on(fx.dataSource()), fx.sites(), fx.audit(), events, fx.clock());
        assertThrows(ValidationException.class, () -> payments.open(hall.staff(1).actor(), PaymentDraft.builder().siteId(hall.id())
                .patientName(null).item(null, "挂号费", -1, BigDecimal.ONE).build()));
        assertEquals(0, fx.count("sh_hospital_payment WHERE site_id = " + hall.id()));
    }
}
