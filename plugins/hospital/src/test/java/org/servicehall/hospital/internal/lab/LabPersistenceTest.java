package org.servicehall.hospital.internal.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.security.Actor;

/** H4 on H2 and PostgreSQL: order, 三对 at sampling, unique numbers, warnings and breaches raised once, P50/P90, the slip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabPersistenceTest {
    private final EventDispatcher events = new EventDispatcher("hospital-lab-test");
    private final List<DomainEvent> seen = new CopyOnWriteArrayList<>();
    private int serial;

    LabPersistenceTest() {
        events.subscribe(HospitalEvents.PREFIX, seen::add);
    }

    @AfterAll
    void closeAll() {
        events.close();
    }

    private record Setup(HallFixture fx, TestSite hall, Laboratory lab, Actor staff) {
    }

    private Setup setup(HallFixture fx) {
        seen.clear();
        TestSite hall = HospitalHall.site(fx, "LB").create();
        Laboratory lab = new Laboratory(HospitalTables.on(fx.dataSource()), fx.sites(), fx.audit(), events, fx.clock());
        return new Setup(fx, hall, lab, hall.staff(1).actor());
    }

    private String number(Setup s) {
        return "L" + s.hall().id() + "-" + (++serial);
    }

    private Specimen taken(Setup s, String test) {
        Specimen o = s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), number(s), "L001", "王芳", test, null));
        return s.lab().sample(s.staff(), o.id(), "王芳", test, o.specimenNumber());
    }

    @EachDatabase("hospital")
    void aSpecimenIsTakenOnlyAfterThreeChecksAndReportedWithinItsLimit_H4(HallFixture fx) {
        Setup s = setup(fx);
        String n = number(s);
        Specimen o = s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), n, "L001", "王芳", "CBC", null));
        assertEquals(SpecimenStatus.ORDERED, o.status());
        assertEquals(o, s.lab().byNumber(n.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT)));
        ValidationException mismatch = assertThrows(ValidationException.class, () -> s.lab().sample(s.staff(), o.id(), "王方", "URINE", n));
        assertEquals(Set.of("patientName", "testCode"), mismatch.byField().keySet());
        assertEquals(SpecimenStatus.ORDERED, s.lab().byNumber(n).status(), "refused: nothing changed");
        Instant at = s.fx().clock().instant();
        Specimen taken = s.lab().sample(s.staff(), o.id(), "王芳", "CBC", n);
        assertEquals(at.plus(Duration.ofMinutes(30)), taken.dueAt());
        assertEquals(at.plus(Duration.ofMinutes(24)), taken.warnAt());
        Slip slip = s.lab().slip(taken.slipToken(), Locale.SIMPLIFIED_CHINESE);
        assertEquals("血常规", slip.testName());
        assertEquals(taken.dueAt(), slip.collectFrom());
        assertTrue(slip.place().contains("检验科"), slip.place());
        assertFalse(slip.ready());
        s.fx().clock().advance(Duration.ofMinutes(12));
        Specimen reported = s.lab().report(s.staff(), o.id());
        assertEquals(TatState.REPORTED_ON_TIME, reported.state(s.fx().clock().instant()));
        assertTrue(s.lab().slip(taken.slipToken(), Locale.ENGLISH).ready(), "the phone page says the report is ready");
        assertEquals(3, s.fx().audit().history("specimen", o.id()).size());
    }

    @EachDatabase("hospital")
    void aSpecimenNumberIsUsedOnceAndBadOrdersStoreNothing_H4(HallFixture fx) {
        Setup s = setup(fx);
        String n = number(s);
        s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), n, null, "王芳", "CBC", null));
        Conflict twice = assertThrows(Conflict.class, () -> s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), n, null, "李四", "URINE",
                null)));
        assertEquals("标本号" + n + "已被使用，请重新打印条码", twice.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(ValidationException.class, () -> s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), number(s), null,
                "名".repeat(10_000), "CBC", null)));
        assertThrows(ValidationException.class, () -> s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), number(s), null, null, "CBC",
                null)), "no patient");
        assertThrows(ValidationException.class, () -> s.lab().order(s.staff(), new SpecimenOrder(s.hall().id(), number(s), null, "王芳",
                "NO-SUCH-TEST", null)));
        assertEquals(1, s.fx().count("sh_hospital_specimen WHERE site_id = " + s.hall().id()));
    }

    @EachDatabase("hospital")
    void theWarningComesBeforeTheBreachAndEachIsRaisedOnce_H4(HallFixture fx) throws InterruptedException {
        Setup s = setup(fx);
        Specimen t = taken(s, "CBC");
        s.lab().fire(t.warnAt().minusMillis(1));
        s.fx().clock().set(t.warnAt());
        int atWarn = s.lab().fire(t.warnAt());
        assertTrue(atWarn >= 1);
        assertEquals(0, s.lab().fire(t.warnAt()), "raised once");
        s.lab().fire(t.dueAt());
        s.lab().fire(t.dueAt().plusMillis(1));
        events.drain(Duration.ofSeconds(5));
        List<String> mine = seen.stream().filter(e -> t.specimenNumber().equals(e.property(HospitalEvents.SPECIMEN_NUMBER)))
                .map(DomainEvent::name).toList();
        assertEquals(List.of("SpecimenOrdered", "SpecimenSampled", "TurnaroundWarning", "TurnaroundBreach"), mine);
        assertEquals(TatState.BREACHED, s.lab().byNumber(t.specimenNumber()).state(t.dueAt().plusMillis(1)));
    }

    @EachDatabase("hospital")
    void fiftiethAndNinetiethPercentilePerClassAndDay_H4(HallFixture fx) {
        Setup s = setup(fx);
        LocalDate today = s.fx().sites().today(s.hall().id());
        for (int minutes : new int[] { 10, 20, 40 }) {
            Specimen t = taken(s, "CBC");
            s.fx().clock().advance(Duration.ofMinutes(minutes));
            s.lab().report(s.staff(), t.id());
            s.fx().clock().advance(Duration.ofMinutes(-minutes));
        }
        TatFigures routine = s.lab().figures(s.hall().id(), today).stream().filter(f -> f.tatClass().equals(TatClass.ROUTINE)).findFirst()
                .orElseThrow();
        assertEquals(3, routine.reported());
        assertEquals(Duration.ofMinutes(20), routine.p50());
        assertEquals(Duration.ofMinutes(40), routine.p90());
        assertEquals(1, routine.late(), "40 minutes is over 30");
        TatFigures bacteria = s.lab().figures(s.hall().id(), today).stream().filter(f -> f.tatClass().equals(TatClass.BACTERIOLOGY))
                .findFirst().orElseThrow();
        assertEquals(0, bacteria.reported());
        assertNull(bacteria.p50());
    }

    @EachDatabase("hospital")
    void theLabEditsItsLimits_H4(HallFixture fx) {
        Setup s = setup(fx);
        try {
            assertEquals(25, s.lab().setClass(HallFixture.SUPERVISOR, TatClass.ROUTINE, 25, 90).limitMinutes());
            Specimen t = taken(s, "CBC");
            assertEquals(Duration.ofMinutes(25), Duration.between(t.sampledAt(), t.dueAt()));
            assertEquals(Duration.ofMillis(25 * 60_000 * 90 / 100), Duration.between(t.sampledAt(), t.warnAt()));
            assertThrows(ValidationException.class, () -> s.lab().setClass(HallFixture.SUPERVISOR, TatClass.ROUTINE, 0, 120));
        } finally {
            s.lab().setClass(HallFixture.SUPERVISOR, TatClass.ROUTINE, 30, TatClass.DEFAULT_WARN_PERCENT);
        }
    }
}
