package org.servicehall.hospital.internal.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.EmergencyFirstPolicy;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;

/** H3 on H2 and PostgreSQL: receive, prepare, check, skin test, dispense; bad input stores nothing; pick-up only when ready. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PharmacyPersistenceTest {
    private final EventDispatcher events = new EventDispatcher("hospital-test");
    private final List<DomainEvent> seen = new CopyOnWriteArrayList<>();

    PharmacyPersistenceTest() {
        events.subscribe(HospitalEvents.PREFIX, seen::add);
    }

    @AfterAll
    void closeAll() {
        events.close();
    }

    private record Setup(HallFixture fx, TestSite hall, QueueService queue, Pharmacy pharmacy, Actor a, Actor b) {
    }

    private Setup setup(HallFixture fx) {
        seen.clear();
        TestSite hall = HospitalHall.site(fx, "PH").window(1, "H-PHARM").window(2, "H-PHARM").staff("药师甲", "药师乙").create();
        Pharmacy[] pharmacy = new Pharmacy[1];
        QueueService queue = fx.newQueue().priorityPolicies(() -> List.of(new EmergencyFirstPolicy(pharmacy[0])))
                .callEligibility(() -> List.of(new PickUpEligibility(pharmacy[0]))).start();
        pharmacy[0] = new Pharmacy(HospitalTables.on(fx.dataSource()), fx.sites(), queue, fx.audit(), events, fx.clock());
        return new Setup(fx, hall, queue, pharmacy[0], hall.staff(1).actor(), hall.staff(2).actor());
    }

    private static PrescriptionDraft.Builder draft(TestSite hall) {
        return PrescriptionDraft.builder().siteId(hall.id()).source(PrescriptionSource.HIS).patientName("王芳").patientAge(34)
                .department("呼吸内科").diagnosis("急性上呼吸道感染").prescriber("李医生").line("PARACETAMOL-500", 1, "每日3次，每次1片，口服");
    }

    private long prescriptions(Setup s) {
        return s.fx().count("sh_hospital_prescription WHERE site_id = " + s.hall().id());
    }

    @EachDatabase("hospital")
    void preparedByOneCheckedByAnotherDispensedWithAllTenChecks_H3(HallFixture fx) throws InterruptedException {
        Setup s = setup(fx);
        Ticket ticket = s.queue().issue(new IssueRequest(s.hall().code(), "H-PHARM", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        Prescription p = s.pharmacy().receive(s.a(), draft(s.hall()).externalId("MR-1001").ticketNumber(ticket.number())
                .line("PEN-G-800K", 2, "每次80万单位，每日2次，肌内注射").build());
        assertEquals(PrescriptionStatus.RECEIVED, p.status());
        assertEquals(ticket.id(), p.ticketId());
        assertEquals(2, p.lines().size());
        assertTrue(p.needsSkinTest());
        assertThrows(Conflict.class, () -> s.pharmacy().receive(s.a(), draft(s.hall()).externalId("MR-1001").build()), "sent twice");

        // the patient is not called for pick-up before the prescription is ready
        HallException early = assertThrows(HallException.class, () -> s.queue().callNext(s.a(), s.hall().windowId(1)));
        assertEquals("1号窗口暂不能叫号：" + ticket.number() + "号患者的处方尚在调配、核对中，核对后才叫号取药", early.message(Locale.SIMPLIFIED_CHINESE));

        s.pharmacy().prepare(s.a(), p.id());
        PharmacyRefused same = assertThrows(PharmacyRefused.class, () -> s.pharmacy().check(s.a(), p.id()));
        assertTrue(same.message(Locale.ENGLISH).contains("a second pharmacist must check it"), same.getMessage());
        Prescription checked = s.pharmacy().check(s.b(), p.id());
        assertEquals(PrescriptionStatus.CHECKED, checked.status());
        assertEquals(s.a().username(), checked.preparedBy());
        assertEquals(s.b().username(), checked.checkedBy());
        assertEquals(List.of(ticket.number()), s.pharmacy().ready(s.hall().id()).stream().map(Prescription::ticketNumber).toList());

        assertEquals(ticket.id(), s.queue().callNext(s.b(), s.hall().windowId(1)).orElseThrow().id(), "ready: called for pick-up");

        Set<DispenseCheck> nine = EnumSet.complementOf(EnumSet.of(DispenseCheck.INCOMPATIBILITY_USAGE_DOSE));
        PharmacyRefused missing = assertThrows(PharmacyRefused.class, () -> s.pharmacy().dispense(s.b(), p.id(), nine));
        assertEquals("Not dispensed: the check of usage and dose is missing (四查十对 needs all ten checks)", missing.message(Locale.ENGLISH));
        Set<DispenseCheck> all = EnumSet.allOf(DispenseCheck.class);
        PharmacyRefused noSkinTest = assertThrows(PharmacyRefused.class, () -> s.pharmacy().dispense(s.b(), p.id(), all));
        assertTrue(noSkinTest.message(Locale.SIMPLIFIED_CHINESE).contains("注射用青霉素钠"), noSkinTest.getMessage());
        assertEquals(PrescriptionStatus.CHECKED, s.pharmacy().prescription(p.id()).status(), "refusals change nothing");

        s.pharmacy().recordSkinTest(s.a(), p.id(), SkinTestResult.NEGATIVE);
        assertThrows(PharmacyRefused.class, () -> s.pharmacy().recordSkinTest(s.a(), p.id(), SkinTestResult.POSITIVE), "recorded once");
        Prescription dispensed = s.pharmacy().dispense(s.b(), p.id(), all);
        assertEquals(PrescriptionStatus.DISPENSED, dispensed.status());
        assertEquals(all, dispensed.dispenseChecks());
        assertEquals(SkinTestResult.NEGATIVE, dispensed.skinTest());
        assertEquals(dispensed, s.pharmacy().prescription(p.id()));
        assertEquals(5, s.fx().audit().history("prescription", p.id()).size());
        events.drain(Duration.ofSeconds(5));
        assertEquals(List.of("PrescriptionReceived", "PrescriptionPrepared", "PrescriptionReady", "SkinTestRecorded", "PrescriptionDispensed"),
                seen.stream().filter(e -> Long.valueOf(p.id()).equals(e.property(HospitalEvents.PRESCRIPTION_ID))).map(DomainEvent::name)
                        .toList());
    }

    @EachDatabase("hospital")
    void aReadyPrescriptionsTicketIsCalledBeforeOneStillBeingPrepared_H3(HallFixture fx) {
        Setup s = setup(fx);
        Ticket first = s.queue().issue(new IssueRequest(s.hall().code(), "H-PHARM", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        Ticket second = s.queue().issue(new IssueRequest(s.hall().code(), "H-PHARM", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        s.pharmacy().receive(s.a(), draft(s.hall()).ticketNumber(first.number()).build());
        Prescription later = s.pharmacy().receive(s.a(), draft(s.hall()).ticketNumber(second.number()).build());
        s.pharmacy().prepare(s.a(), later.id());
        s.pharmacy().check(s.b(), later.id());
        assertEquals(second.id(), s.queue().callNext(s.a(), s.hall().windowId(1)).orElseThrow().id(), "the ready one, though issued later");
        assertThrows(HallException.class, () -> s.queue().callNext(s.b(), s.hall().windowId(2)), "only a held ticket is left");
        assertEquals(TicketStatus.WAITING, s.queue().ticket(first.id()).status(), "held: never called, not even as the only one left");
        // a patient without a prescription arrives in between: called, the held one still not
        Ticket third = s.queue().issue(new IssueRequest(s.hall().code(), "H-PHARM", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        assertEquals(third.id(), s.queue().callNext(s.b(), s.hall().windowId(2)).orElseThrow().id());
        assertEquals(TicketStatus.WAITING, s.queue().ticket(first.id()).status());
        Prescription held = s.pharmacy().open(s.hall().id()).stream().filter(p -> first.number().equals(p.ticketNumber())).findFirst().orElseThrow();
        s.pharmacy().prepare(s.a(), held.id());
        s.pharmacy().check(s.b(), held.id());
        s.queue().start(s.a(), second.id());
        s.queue().finish(s.a(), second.id());
        assertEquals(first.id(), s.queue().callNext(s.a(), s.hall().windowId(1)).orElseThrow().id(), "checked: called for pick-up");
    }

    @EachDatabase("hospital")
    void badPrescriptionsAreRefusedNamingTheFieldAndNothingIsStored_H3(HallFixture fx) {
        Setup s = setup(fx);
        ValidationException noPatient = assertThrows(ValidationException.class, () -> s.pharmacy().receive(s.a(), draft(s.hall())
                .patientName(" ").build()));
        assertEquals(Set.of("patientName"), noPatient.byField().keySet());
        ValidationException zero = assertThrows(ValidationException.class, () -> s.pharmacy().receive(s.a(), draft(s.hall()).lines(List.of())
                .line("PARACETAMOL-500", 0, "口服").line("PARACETAMOL-500", -2, "口服").build()));
        assertEquals(Set.of("lines[0].quantity", "lines[1].quantity"), zero.byField().keySet());
        ValidationException unknown = assertThrows(ValidationException.class, () -> s.pharmacy().receive(s.a(), draft(s.hall())
                .line("XYZ-404", 1, "口服").build()));
        assertEquals("drug code 'XYZ-404' is not in the pharmacy's formulary", unknown.byField(Locale.ENGLISH).get("lines[1].drugCode"));
        ValidationException longName = assertThrows(ValidationException.class, () -> s.pharmacy().receive(s.a(), draft(s.hall())
                .patientName("名".repeat(10_000)).build()));
        assertEquals("不能超过100个字符", longName.byField(Locale.SIMPLIFIED_CHINESE).get("patientName"));
        ValidationException badTicket = assertThrows(ValidationException.class, () -> s.pharmacy().receive(s.a(), draft(s.hall())
                .ticketNumber("D999").build()));
        assertEquals(Set.of("ticketNumber"), badTicket.byField().keySet());
        assertEquals(0, prescriptions(s), "nothing stored");
        assertEquals(0, s.fx().count("sh_hospital_prescription_line l JOIN sh_hospital_prescription p ON p.id = l.prescription_id"
                + " WHERE p.site_id = " + s.hall().id()));
    }

    @EachDatabase("hospital")
    void thePharmacyEditsItsSkinTestList_H3(HallFixture fx) {
        Setup s = setup(fx);
        assertThrows(AccessDenied.class, () -> s.pharmacy().setSkinTest(s.a(), "CEFUROXIME-250", true));
        try {
            assertTrue(s.pharmacy().setSkinTest(HallFixture.SUPERVISOR, "CEFUROXIME-250", true).skinTest());
            Prescription p = s.pharmacy().receive(s.a(), draft(s.hall()).lines(List.of()).line("CEFUROXIME-250", 1, "每日2次，每次1片").build());
            assertTrue(p.needsSkinTest());
            // a restart of the plugin keeps the pharmacy's edit
            Pharmacy again = new Pharmacy(HospitalTables.on(s.fx().dataSource()), s.fx().sites(), s.queue(), s.fx().audit(), events,
                    s.fx().clock());
            assertTrue(again.drugs().get("CEFUROXIME-250").skinTest());
        } finally {
            s.pharmacy().setSkinTest(HallFixture.SUPERVISOR, "CEFUROXIME-250", false);
        }
        assertFalse(s.pharmacy().drugs().get("CEFUROXIME-250").skinTest());
        assertThrows(ValidationException.class, () -> s.pharmacy().setSkinTest(HallFixture.SUPERVISOR, "NOPE", true));
        assertEquals(1, s.fx().count("\"flyway_history_hospital\" WHERE \"version\" = '1' AND \"success\" = TRUE"));
    }
}
