package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.InvalidCaseStage;
import org.servicehall.casework.StepKind;
import org.servicehall.common.ValidationException;

/** T3: the stages' order, the intake's checks and S3's masking, on plain objects. */
class CaseRulesTest {
    private static final String N = "TAX-1-20261130-0001";

    @Test
    void theWayForward_T3() {
        assertEquals(CaseStage.UNDER_REVIEW, CaseRules.next(N, CaseStage.ACCEPTED, StepKind.REVIEW_STARTED, CaseParts.TEXTS));
        assertEquals(CaseStage.DECIDED, CaseRules.next(N, CaseStage.UNDER_REVIEW, StepKind.DECIDED, CaseParts.TEXTS));
        assertEquals(CaseStage.COMPLETED, CaseRules.next(N, CaseStage.DECIDED, StepKind.COMPLETED, CaseParts.TEXTS));
        assertEquals(CaseStage.NOT_ACCEPTED, CaseRules.next(N, CaseStage.ACCEPTED, StepKind.NOT_ACCEPTED, CaseParts.TEXTS));
        assertEquals(CaseStage.REFUSED, CaseRules.next(N, CaseStage.UNDER_REVIEW, StepKind.REFUSED, CaseParts.TEXTS));
        assertEquals(CaseStage.UNDER_REVIEW, CaseRules.next(N, CaseStage.UNDER_REVIEW, StepKind.PAUSED, CaseParts.TEXTS));
    }

    @Test
    void outOfOrderStepsNameTheCurrentStage_T3() {
        InvalidCaseStage e = assertThrows(InvalidCaseStage.class,
                () -> CaseRules.next(N, CaseStage.ACCEPTED, StepKind.COMPLETED, CaseParts.TEXTS));
        assertEquals(CaseStage.ACCEPTED, e.current());
        assertEquals("Case " + N + " is Accepted: it cannot complete now. Nothing was changed.", e.getMessage());
        assertEquals("办件 " + N + " 当前已受理，现在不能办结。未作任何更改。", e.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(InvalidCaseStage.class, () -> CaseRules.next(N, CaseStage.DECIDED, StepKind.REFUSED, CaseParts.TEXTS));
        assertThrows(InvalidCaseStage.class, () -> CaseRules.next(N, CaseStage.UNDER_REVIEW, StepKind.NOT_ACCEPTED, CaseParts.TEXTS));
        for (CaseStage ended : Set.of(CaseStage.COMPLETED, CaseStage.NOT_ACCEPTED, CaseStage.REFUSED)) {
            for (StepKind step : StepKind.values()) {
                assertThrows(InvalidCaseStage.class, () -> CaseRules.next(N, ended, step, CaseParts.TEXTS), ended + " " + step);
            }
        }
    }

    @Test
    void intakeNamesEveryBadField_T3() {
        ValidationException e = assertThrows(ValidationException.class, () -> CaseRules.checkIntake(
                new CaseIntake(1, null, ApplicantKind.PERSON, " ", "11010519491231002", "12"), CaseParts.TEXTS));
        assertEquals(Set.of("applicantName", "applicantId", "applicantPhone"), e.byField().keySet());
        assertEquals("身份证号码应为 18 位：17 位数字加一位数字或 X。", e.byField(Locale.SIMPLIFIED_CHINESE).get("applicantId"));
        ValidationException org = assertThrows(ValidationException.class, () -> CaseRules.checkIntake(
                new CaseIntake(1, null, ApplicantKind.ORGANISATION, "某某科技有限公司", "91350100M000100Y4", "0591-87654321"), CaseParts.TEXTS));
        assertEquals(Set.of("applicantId"), org.byField().keySet());
        CaseRules.checkIntake(new CaseIntake(1, null, ApplicantKind.PERSON, "张三", "11010519491231002x", "13812345678"), CaseParts.TEXTS);
        CaseRules.checkIntake(new CaseIntake(1, null, ApplicantKind.ORGANISATION, "某某科技有限公司", "91350100M000100Y43", "0591-87654321"),
                CaseParts.TEXTS);
    }

    @Test
    void personalDataMaskedForReadersWhoDoNotHandleTheCase_S3() {
        Applicant a = new Applicant(ApplicantKind.PERSON, "欧阳明", "11010519491231002X", "13812345678");
        assertEquals(new Applicant(ApplicantKind.PERSON, "欧**", "110***********002X", "138****5678"), a.masked());
        Applicant org = new Applicant(ApplicantKind.ORGANISATION, "某某科技有限公司", "91350100M000100Y43", "13812345678");
        assertEquals(new Applicant(ApplicantKind.ORGANISATION, "某某科技有限公司", "91350100M000100Y43", "138****5678"), org.masked());
    }

    @Test
    void lastFourDigitsOfAPhoneOrId_T3() {
        assertEquals("5678", CaseRules.lastFour("138-1234-5678"));
        assertEquals("002X", CaseRules.lastFour("11010519491231002x"));
    }
}
