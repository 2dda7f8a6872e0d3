package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;

/** TX3 (第七条, S3): taxpayer identification numbers and names masked wherever the public reads them. */
class TaxpayerMaskingTest {
    @Test
    void aTaxpayerNumberKeepsItsFirstThreeAndLastFourCharacters_TX3() {
        assertEquals("913***********0Y43", TaxpayerMasking.number("91350100M000100Y43"));
        assertEquals("北*******公司", TaxpayerMasking.name("北京某某科技有限公司", ApplicantKind.ORGANISATION));
        assertEquals("张*", TaxpayerMasking.name("张三", ApplicantKind.PERSON));
    }

    @Test
    void everyKindOfTaxpayerNumberInFreeTextIsMasked_TX3() {
        assertEquals("纳税人 913***********0Y43 已办结", TaxpayerMasking.text("纳税人 91350100M000100Y43 已办结"), "unified social credit code");
        assertEquals("识别号：110***********002X。", TaxpayerMasking.text("识别号：11010519491231002X。"), "a person's ID number as TIN");
        assertEquals("旧号350********1234", TaxpayerMasking.text("旧号350102123451234"), "15 digits");
        assertEquals("（350*************1234）", TaxpayerMasking.text("（35010212312341231234）"), "20 characters");
        assertTrue(TaxpayerMasking.holdsNumber("请 91350100M000100Y43 到窗口"));
    }

    @Test
    void ticketsCasesDatesAndAmountsAreLeftAsTheyAre_TX3() {
        String text = "请T012号到3号窗口，办件 TAX-1-20261130-0001，2026-10-20 前办结，工本费 10.00 元，电话 0591-87654321";
        assertEquals(text, TaxpayerMasking.text(text));
        assertFalse(TaxpayerMasking.holdsNumber(text));
        assertEquals("ABCDEFGHJKLMNPQRTU", TaxpayerMasking.text("ABCDEFGHJKLMNPQRTU"), "a word of capitals has no digits");
    }

    @Test
    void theCasePageMasksTaxpayersForReadersWhoDoNotHandleIt_TX3() {
        TaxpayerPrivacy privacy = new TaxpayerPrivacy();
        assertEquals(TaxItems.SECTOR, privacy.sector());
        Applicant company = new Applicant(ApplicantKind.ORGANISATION, "北京某某科技有限公司", "91350100M000100Y43", "13812345678");
        assertEquals(new Applicant(ApplicantKind.ORGANISATION, "北*******公司", "913***********0Y43", "138****5678"), privacy.masked(company));
        Applicant person = new Applicant(ApplicantKind.PERSON, "欧阳明", "11010519491231002X", "13812345678");
        assertEquals(person.masked(), privacy.masked(person));
    }
}
