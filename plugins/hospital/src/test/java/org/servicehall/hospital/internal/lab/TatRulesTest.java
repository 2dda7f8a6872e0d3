package org.servicehall.hospital.internal.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** H4 turnaround limits of each declared class at their boundaries; the warning before the breach. */
class TatRulesTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Map<String, TatClass> CLASSES = TatClass.DECLARED.stream().collect(Collectors.toMap(TatClass::code, Function.identity()));
    static final Instant SAMPLED = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, SHANGHAI).toInstant();

    static Specimen sampled(String tatClass, Instant due) {
        Instant warn = TatRules.warnAt(CLASSES.get(tatClass), SAMPLED, due);
        return new Specimen(1, 1, "L0001", null, "王芳", "CBC", tatClass, SpecimenStatus.SAMPLED, SAMPLED, null, "lab", SAMPLED, warn, due,
                null, null, null, null, "t");
    }

    static Specimen reported(Specimen s, Instant at) {
        return new Specimen(s.id(), s.siteId(), s.specimenNumber(), null, s.patientName(), s.testCode(), s.tatClass(), SpecimenStatus.REPORTED,
                s.orderedAt(), null, s.sampledBy(), s.sampledAt(), s.warnAt(), s.dueAt(), null, null, "lab", at, "t");
    }

    private static void boundary(String tatClass, Instant expectedDue) {
        Instant due = TatRules.dueAt(CLASSES.get(tatClass), SAMPLED, SHANGHAI, null);
        assertEquals(expectedDue, due, tatClass);
        Specimen s = sampled(tatClass, due);
        assertEquals(TatState.WARNING, s.state(due), tatClass + " at the limit: not yet missed");
        assertEquals(TatState.BREACHED, s.state(due.plusMillis(1)), tatClass + " just after the limit");
        assertEquals(TatState.REPORTED_ON_TIME, reported(s, due).state(due.plusSeconds(60)), "reported at the limit");
        assertEquals(TatState.REPORTED_LATE, reported(s, due.plusMillis(1)).state(due.plusSeconds(60)));
    }

    @Test
    void routineBloodUrineStoolWithinThirtyMinutes_H4() {
        boundary(TatClass.ROUTINE, SAMPLED.plus(Duration.ofMinutes(30)));
    }

    @Test
    void biochemistryCoagulationImmunologyTheSameDay_H4() {
        boundary(TatClass.BIOCHEMISTRY, ZonedDateTime.of(2026, 12, 3, 0, 0, 0, 0, SHANGHAI).toInstant().minusMillis(1));
        // sampled late in the evening, still that day (the site's zone, not UTC)
        Instant evening = ZonedDateTime.of(2026, 12, 2, 23, 30, 0, 0, SHANGHAI).toInstant();
        assertEquals(Duration.ofMinutes(30).minusMillis(1), Duration.between(evening, TatRules.dueAt(CLASSES.get(TatClass.BIOCHEMISTRY),
                evening, SHANGHAI, null)));
    }

    @Test
    void bacteriologyWithinFourDays_H4() {
        boundary(TatClass.BACTERIOLOGY, SAMPLED.plus(Duration.ofDays(4)));
    }

    @Test
    void emergencyLabAroundTheClockWithItsLimit_H4() {
        boundary(TatClass.EMERGENCY, SAMPLED.plus(Duration.ofMinutes(120)));
        assertEquals(true, CLASSES.get(TatClass.EMERGENCY).aroundClock());
    }

    @Test
    void specialTestsByAppointment_H4() {
        TatClass special = CLASSES.get(TatClass.SPECIAL);
        Instant agreed = SAMPLED.plus(Duration.ofDays(10));
        assertEquals(agreed, TatRules.dueAt(special, SAMPLED, SHANGHAI, agreed));
        Specimen s = sampled(TatClass.SPECIAL, agreed);
        assertEquals(TatState.WARNING, s.state(agreed));
        assertEquals(TatState.BREACHED, s.state(agreed.plusMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> TatRules.dueAt(special, SAMPLED, SHANGHAI, null), "no appointment");
        assertThrows(IllegalArgumentException.class, () -> TatRules.dueAt(special, SAMPLED, SHANGHAI, SAMPLED), "not after sampling");
    }

    @Test
    void theWarningFiresAtEightyPerCentBeforeTheBreach_H4() {
        Instant due = SAMPLED.plus(Duration.ofMinutes(30));
        Specimen s = sampled(TatClass.ROUTINE, due);
        assertEquals(SAMPLED.plus(Duration.ofMinutes(24)), s.warnAt());
        assertEquals(TatState.ON_TIME, s.state(s.warnAt().minusMillis(1)));
        assertEquals(TatState.WARNING, s.state(s.warnAt()));
        assertEquals(TatState.ON_TIME, s.state(SAMPLED));
        TatClass edited = new TatClass(TatClass.ROUTINE, TatKind.MINUTES, 20, 90, false, 10);
        Instant editedDue = TatRules.dueAt(edited, SAMPLED, SHANGHAI, null);
        assertEquals(SAMPLED.plus(Duration.ofMinutes(18)), TatRules.warnAt(edited, SAMPLED, editedDue), "the lab's own limit and point");
    }

    @Test
    void percentilesByNearestRank_H4() {
        List<Duration> four = List.of(Duration.ofMinutes(4), Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(2));
        assertEquals(Duration.ofMinutes(2), TatRules.percentile(four, 50));
        assertEquals(Duration.ofMinutes(4), TatRules.percentile(four, 90));
        assertEquals(Duration.ofMinutes(7), TatRules.percentile(List.of(Duration.ofMinutes(7)), 90));
        assertNull(TatRules.percentile(List.of(), 50));
    }
}
