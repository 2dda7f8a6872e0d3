package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.security.Masking;

/**
 * TX3 (第七条, S3): taxpayers' numbers and names masked wherever the public reads them, by the
 * platform's one masking policy ({@link Masking}; its own test holds every kind of number in free text).
 */
class TaxpayerPrivacyTest {
    @Test
    void aTaxpayerNumberKeepsItsFirstThreeAndLastFourCharacters_TX3() {
        assertEquals("913***********0Y43", Masking.number("91350100M000100Y43"));
        assertEquals("北*******公司", Masking.organisation("北京某某科技有限公司"));
        assertEquals("张*", Masking.name("张三"));
        assertEquals("纳税人 913***********0Y43 已办结", Masking.text("纳税人 91350100M000100Y43 已办结"), "a unified social credit code in a note");
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
