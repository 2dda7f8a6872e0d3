package org.servicehall.hospital.internal.pharmacy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;

/** H3 rules: 四查十对 before dispensing, two pharmacists, skin tests, a prescription's fields. */
class PharmacyRulesTest {
    static final Drug PENICILLIN = new Drug("PEN-G-800K", "注射用青霉素钠", "注射剂", "80万单位", "支", true);
    static final Drug PARACETAMOL = new Drug("PARACETAMOL-500", "对乙酰氨基酚片", "片剂", "0.5g×12片", "盒", false);
    static final Map<String, Drug> FORMULARY = Map.of(PENICILLIN.code(), PENICILLIN, PARACETAMOL.code(), PARACETAMOL);

    static Prescription prescription(PrescriptionStatus status, String preparedBy, SkinTestResult skinTest, Drug... drugs) {
        List<PrescriptionLine> lines = new ArrayList<>();
        for (int i = 0; i < drugs.length; i++) {
            lines.add(new PrescriptionLine(i + 1, drugs[i], 2, "每日3次，每次1片，口服"));
        }
        return new Prescription(7, 1, "MR-7", PrescriptionSource.HIS, 70L, "D007", "王芳", 34, "呼吸内科", "急性上呼吸道感染", "李医生", status,
                Instant.EPOCH, preparedBy, preparedBy == null ? null : Instant.EPOCH, null, null, skinTest, null, null, null, null, Set.of(),
                lines);
    }

    static PrescriptionDraft.Builder draft() {
        return PrescriptionDraft.builder().siteId(1).patientName("王芳").patientAge(34).department("呼吸内科").diagnosis("急性上呼吸道感染")
                .prescriber("李医生").line(PARACETAMOL.code(), 1, "每日3次，每次1片，口服");
    }

    @ParameterizedTest
    @EnumSource(DispenseCheck.class)
    void eachOfTheTenChecksMissingRefusesDispensingNamingIt_H3(DispenseCheck missing) {
        Prescription p = prescription(PrescriptionStatus.CHECKED, "pharm.a", null, PARACETAMOL);
        Set<DispenseCheck> ticked = EnumSet.allOf(DispenseCheck.class);
        ticked.remove(missing);
        PharmacyRefused e = assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayDispense(p, ticked));
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        String label = HospitalTexts.message(missing.labelKey()).in(Locale.SIMPLIFIED_CHINESE);
        assertEquals("不能发药：缺少“" + label + "”的核对（四查十对须十项全部核对）", zh);
        assertTrue(e.message(Locale.ENGLISH).contains(HospitalTexts.message(missing.labelKey())
                .in(Locale.ENGLISH)), e.message(Locale.ENGLISH));
    }

    @Test
    void allTenChecksLetACheckedPrescriptionGo_H3() {
        assertDoesNotThrow(() -> PharmacyRules.mayDispense(prescription(PrescriptionStatus.CHECKED, "pharm.a", null, PARACETAMOL),
                EnumSet.allOf(DispenseCheck.class)));
        assertEquals(10, DispenseCheck.values().length);
    }

    @Test
    void severalMissingChecksAreAllNamedInTheReadersLanguage_H3() {
        Prescription p = prescription(PrescriptionStatus.CHECKED, "pharm.a", null, PARACETAMOL);
        PharmacyRefused e = assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayDispense(p,
                EnumSet.complementOf(EnumSet.of(DispenseCheck.PRESCRIPTION_AGE, DispenseCheck.DRUG_STRENGTH, DispenseCheck.RATIONALITY_DIAGNOSIS))));
        assertEquals("不能发药：缺少3项核对：年龄、规格、临床诊断（四查十对须十项全部核对）", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Not dispensed: 3 checks are missing: age, strength, clinical diagnosis (四查十对 needs all ten checks)",
                e.message(Locale.ENGLISH));
        assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayDispense(p, Set.of()), "none ticked");
    }

    @Test
    void theSamePharmacistCannotPrepareAndCheck_H3() {
        Prescription p = prescription(PrescriptionStatus.PREPARED, "pharm.a", null, PARACETAMOL);
        PharmacyRefused e = assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayCheck(p, "pharm.a"));
        assertEquals("处方7由pharm.a调配，须由另一名药师核对", e.message(Locale.SIMPLIFIED_CHINESE));
        assertDoesNotThrow(() -> PharmacyRules.mayCheck(p, "pharm.b"));
    }

    @Test
    void aPrescriptionIsCheckedOnlyAfterItWasPreparedAndDispensedOnlyAfterTheCheck_H3() {
        assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayCheck(prescription(PrescriptionStatus.RECEIVED, null, null, PARACETAMOL),
                "pharm.b"));
        assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayDispense(prescription(PrescriptionStatus.PREPARED, "pharm.a", null,
                PARACETAMOL), EnumSet.allOf(DispenseCheck.class)));
        assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayPrepare(prescription(PrescriptionStatus.PREPARED, "pharm.a", null,
                PARACETAMOL)));
    }

    @Test
    void aSkinTestDrugWithoutANegativeResultIsNotDispensed_H3() {
        Set<DispenseCheck> all = EnumSet.allOf(DispenseCheck.class);
        PharmacyRefused none = assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayDispense(prescription(PrescriptionStatus.CHECKED,
                "pharm.a", null, PARACETAMOL, PENICILLIN), all));
        assertEquals("不能发药：注射用青霉素钠（PEN-G-800K）为皮试药物，尚未记录阴性皮试结果", none.message(Locale.SIMPLIFIED_CHINESE));
        PharmacyRefused positive = assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayDispense(prescription(
                PrescriptionStatus.CHECKED, "pharm.a", SkinTestResult.POSITIVE, PENICILLIN), all));
        assertTrue(positive.message(Locale.ENGLISH).contains("positive"), positive.getMessage());
        assertDoesNotThrow(() -> PharmacyRules.mayDispense(prescription(PrescriptionStatus.CHECKED, "pharm.a", SkinTestResult.NEGATIVE,
                PENICILLIN), all));
        assertThrows(PharmacyRefused.class, () -> PharmacyRules.mayRecordSkinTest(prescription(PrescriptionStatus.CHECKED, "pharm.a", null,
                PARACETAMOL)), "no skin-test drug");
    }

    @Test
    void aPrescriptionWithoutPatientIsRefusedNamingTheFields_H3() {
        ValidationException e = assertThrows(ValidationException.class, () -> PharmacyRules.check(draft().patientName(null).patientAge(null)
                .build(), FORMULARY));
        assertEquals(Set.of("patientName", "patientAge"), e.byField().keySet());
        assertEquals("必填", e.byField(Locale.SIMPLIFIED_CHINESE).get("patientName"));
    }

    @Test
    void quantityZeroOrNegativeIsRefused_H3() {
        for (int q : new int[] { 0, -1, 1000 }) {
            ValidationException e = assertThrows(ValidationException.class, () -> PharmacyRules.check(draft().lines(List.of())
                    .line(PARACETAMOL.code(), q, "口服").build(), FORMULARY), "quantity " + q);
            assertEquals("数量应为1到999的整数", e.byField(Locale.SIMPLIFIED_CHINESE).get("lines[0].quantity"));
        }
    }

    @Test
    void anUnknownDrugCodeIsRefusedNamingIt_H3() {
        ValidationException e = assertThrows(ValidationException.class, () -> PharmacyRules.check(draft().line("NO-SUCH", 1, "口服").build(),
                FORMULARY));
        assertEquals("药品编码“NO-SUCH”不在本药房药品目录中", e.byField(Locale.SIMPLIFIED_CHINESE).get("lines[1].drugCode"));
    }

    @Test
    void aTenThousandCharacterNameIsRefused_H3() {
        ValidationException e = assertThrows(ValidationException.class, () -> PharmacyRules.check(draft().patientName("王".repeat(10_000))
                .build(), FORMULARY));
        assertEquals("is longer than 100 characters", e.byField(Locale.ENGLISH).get("patientName"));
        assertDoesNotThrow(() -> PharmacyRules.check(draft().build(), FORMULARY));
        assertThrows(ValidationException.class, () -> PharmacyRules.check(draft().lines(List.of()).build(), FORMULARY), "no drug");
    }

    @Test
    void theShippedFormularyReadsAndMarksItsSkinTestDrugs_H3() throws Exception {
        List<Drug> shipped = ShippedDrugs.TABLE.load(ShippedDrugs.class.getClassLoader());
        assertTrue(shipped.stream().anyMatch(d -> d.code().equals("PEN-G-800K") && d.skinTest()));
        assertTrue(shipped.stream().anyMatch(d -> d.code().equals("PARACETAMOL-500") && !d.skinTest()));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ShippedDrugs.TABLE.read(new StringReader(
                "X = a | b | c | d | maybe")));
        assertTrue(bad.getMessage().contains("X"), bad.getMessage());
    }
}
