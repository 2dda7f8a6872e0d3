package org.servicehall.hospital.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.EventDispatcher;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.Specimen;
import org.servicehall.hospital.internal.lab.SpecimenOrder;
import org.servicehall.hospital.internal.lab.TatClass;
import org.servicehall.hospital.internal.payment.Payment;
import org.servicehall.hospital.internal.payment.PaymentDraft;
import org.servicehall.hospital.internal.payment.PaymentStep;
import org.servicehall.hospital.internal.payment.Payments;
import org.servicehall.hospital.internal.pharmacy.DispenseCheck;
import org.servicehall.hospital.internal.pharmacy.Pharmacy;
import org.servicehall.hospital.internal.pharmacy.PharmacyRefused;
import org.servicehall.hospital.internal.pharmacy.Prescription;
import org.servicehall.hospital.internal.pharmacy.PrescriptionDraft;
import org.servicehall.hospital.internal.pharmacy.PrescriptionSource;
import org.servicehall.hospital.internal.pharmacy.PrescriptionStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;

/**
 * The hospital's day report on H2 and PostgreSQL: dispensings and refusals with the checks they
 * missed (H3), turnaround P50/P90, late reports and breaches (H4), payments (H2); for supervisors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HospitalReportsTest {
    private final EventDispatcher events = new EventDispatcher("hospital-reports-test");

    @AfterAll
    void closeAll() {
        events.close();
    }

    @EachDatabase("hospital")
    void aDayInFiguresCountsWhatWasDoneAndWhatWasRefused_H2_H3_H4(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "RP").staff("药师甲", "药师乙").create();
        HospitalTables tables = HospitalTables.on(fx.dataSource());
        Pharmacy pharmacy = new Pharmacy(tables, fx.sites(), fx.newQueue().start(), fx.audit(), events, fx.clock());
        Laboratory lab = new Laboratory(tables, fx.sites(), fx.audit(), events, fx.clock());
        Payments payments = new Payments(tables, fx.sites(), fx.audit(), events, fx.clock());
        HospitalReports reports = new HospitalReports(tables, fx.sites(), lab);
        Actor a = hall.staff(1).actor();
        Actor b = hall.staff(2).actor();

        Prescription p = pharmacy.receive(a, PrescriptionDraft.builder().siteId(hall.id()).source(PrescriptionSource.WINDOW).patientName("王芳")
                .patientAge(34).department("呼吸内科").diagnosis("急性上呼吸道感染").prescriber("李医生").line("PARACETAMOL-500", 1, "每日3次").build());
        pharmacy.prepare(a, p.id());
        pharmacy.check(b, p.id());
        Set<DispenseCheck> noForm = EnumSet.complementOf(EnumSet.of(DispenseCheck.DRUG_FORM));
        Set<DispenseCheck> noFormNoAge = EnumSet.complementOf(EnumSet.of(DispenseCheck.DRUG_FORM, DispenseCheck.PRESCRIPTION_AGE));
        assertThrows(PharmacyRefused.class, () -> pharmacy.dispense(a, p.id(), noFormNoAge));
        assertThrows(PharmacyRefused.class, () -> pharmacy.dispense(a, p.id(), noForm));
        assertEquals(PrescriptionStatus.CHECKED, pharmacy.prescription(p.id()).status(), "a refusal changes nothing on the prescription");
        pharmacy.dispense(a, p.id(), EnumSet.allOf(DispenseCheck.class));

        Specimen o = lab.order(a, new SpecimenOrder(hall.id(), "RP" + hall.id() + "-1", null, "王芳", "CBC", null));
        lab.sample(a, o.id(), "王芳", "CBC", o.specimenNumber());
        fx.clock().advance(Duration.ofMinutes(31));
        lab.fire(fx.clock().instant());
        lab.report(a, o.id());

        Payment pay = payments.open(a, PaymentDraft.builder().siteId(hall.id()).patientName("王芳").item("REG", "普通门诊挂号费", 1,
                new BigDecimal("6.50")).item("CBC", "血常规", 2, new BigDecimal("40")).build());
        payments.record(a, pay.id(), PaymentStep.DUE_ANNOUNCED, null);
        payments.record(a, pay.id(), PaymentStep.RECEIVED_ANNOUNCED, new BigDecimal("100"));
        payments.record(a, pay.id(), PaymentStep.CHANGE_ANNOUNCED, null);
        payments.record(a, pay.id(), PaymentStep.RECEIPT_HANDED, null);
        payments.finish(a, pay.id());

        DayReport r = reports.day(HallFixture.SUPERVISOR, hall.id(), fx.sites().today(hall.id()));
        assertEquals(1, r.dispensed());
        assertEquals(2, r.refused());
        assertEquals(List.of(new DayReport.MissingCheck(DispenseCheck.PRESCRIPTION_AGE, 1), new DayReport.MissingCheck(DispenseCheck.DRUG_FORM, 2)),
                r.missingChecks());
        DayReport.LabClass routine = r.lab().stream().filter(c -> c.tatClass().equals(TatClass.ROUTINE)).findFirst().orElseThrow();
        assertEquals(new DayReport.LabClass(TatClass.ROUTINE, 1, Duration.ofMinutes(31), Duration.ofMinutes(31), 1, 1), routine);
        assertEquals(1, r.payments());
        assertEquals(new BigDecimal("86.50"), r.paid());

        DayReport yesterday = reports.day(HallFixture.SUPERVISOR, hall.id(), fx.sites().today(hall.id()).minusDays(1));
        assertEquals(0, yesterday.dispensed() + yesterday.refused() + yesterday.payments());
        assertThrows(AccessDenied.class, () -> reports.day(a, hall.id(), fx.sites().today(hall.id())), "for supervisors");
    }
}
