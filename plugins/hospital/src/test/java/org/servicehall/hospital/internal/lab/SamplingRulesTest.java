package org.servicehall.hospital.internal.lab;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;

/** H4: 三对 (name, test item, specimen number) before sampling, each mismatch named; a specimen order's fields. */
class SamplingRulesTest {
    static final LabTest CBC = new LabTest("CBC", "血常规", TatClass.ROUTINE);
    static final LabTest GENE = new LabTest("GENE", "基因检测", TatClass.SPECIAL);
    static final Map<String, LabTest> TESTS = Map.of(CBC.code(), CBC, GENE.code(), GENE);
    static final Map<String, TatClass> CLASSES = TatClass.DECLARED.stream().collect(Collectors.toMap(TatClass::code, Function.identity()));
    static final Specimen ORDERED = new Specimen(1, 1, "L20261202001", "L003", "王芳", "CBC", TatClass.ROUTINE, SpecimenStatus.ORDERED,
            Instant.EPOCH, null, null, null, null, null, null, null, null, null, "t");

    private static ValidationException refused(String name, String test, String number) {
        return assertThrows(ValidationException.class, () -> SamplingRules.threeChecks(ORDERED, CBC, name, test, number));
    }

    @Test
    void allThreeMatchingLetsTheSpecimenBeTaken_H4() {
        assertDoesNotThrow(() -> SamplingRules.threeChecks(ORDERED, CBC, "王芳", "CBC", "L20261202001"));
        assertDoesNotThrow(() -> SamplingRules.threeChecks(ORDERED, CBC, " 王 芳 ", "血常规", "l20261202001"), "scanner case, the item's name");
    }

    @Test
    void aNameMismatchIsRefusedNamingIt_H4() {
        ValidationException e = refused("王方", "CBC", "L20261202001");
        assertEquals(Set.of("patientName"), e.byField().keySet());
        assertEquals("姓名不符：核对为“王方”，医嘱为王芳", e.byField(Locale.SIMPLIFIED_CHINESE).get("patientName"));
    }

    @Test
    void aTestItemMismatchIsRefusedNamingIt_H4() {
        ValidationException e = refused("王芳", "URINE", "L20261202001");
        assertEquals(Set.of("testCode"), e.byField().keySet());
        assertEquals("the test item does not match: 'URINE' was read back, the order is 血常规 (CBC)", e.byField(Locale.ENGLISH).get("testCode"));
    }

    @Test
    void aSpecimenNumberMismatchIsRefusedNamingIt_H4() {
        ValidationException e = refused("王芳", "CBC", "L20261202002");
        assertEquals(Set.of("specimenNumber"), e.byField().keySet());
        assertEquals("标本号不符：扫描为L20261202002，医嘱标本管为L20261202001", e.byField(Locale.SIMPLIFIED_CHINESE).get("specimenNumber"));
    }

    @Test
    void everyMismatchAndEveryUnreadValueIsNamed_H4() {
        assertEquals(Set.of("patientName", "testCode", "specimenNumber"), refused("李四", "GENE", "X1234").byField().keySet());
        assertEquals(Set.of("patientName", "testCode", "specimenNumber"), refused("", null, " ").byField().keySet());
    }

    @Test
    void badOrdersAreRefusedNamingTheField_H4() {
        Instant now = Instant.parse("2026-12-02T02:00:00Z");
        assertEquals(Set.of("patientName", "specimenNumber", "testCode"), assertThrows(ValidationException.class, () -> SamplingRules.check(
                new SpecimenOrder(1, "", null, null, "NOPE", null), TESTS, CLASSES, now)).byField().keySet());
        assertEquals("is longer than 100 characters", assertThrows(ValidationException.class, () -> SamplingRules.check(
                new SpecimenOrder(1, "L0001", null, "名".repeat(10_000), "CBC", null), TESTS, CLASSES, now)).byField(Locale.ENGLISH)
                .get("patientName"));
        assertEquals(Set.of("appointmentAt"), assertThrows(ValidationException.class, () -> SamplingRules.check(
                new SpecimenOrder(1, "L0002", null, "王芳", "GENE", null), TESTS, CLASSES, now)).byField().keySet());
        assertEquals(Set.of("specimenNumber"), assertThrows(ValidationException.class, () -> SamplingRules.check(
                new SpecimenOrder(1, "L 0002; DROP", null, "王芳", "CBC", null), TESTS, CLASSES, now)).byField().keySet());
        assertDoesNotThrow(() -> SamplingRules.check(new SpecimenOrder(1, "L0003", "L003", "王芳", "CBC", null), TESTS, CLASSES, now));
    }
}
