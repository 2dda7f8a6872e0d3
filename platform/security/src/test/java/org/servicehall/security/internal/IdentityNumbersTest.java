package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.security.IdentityDocument;

/** S4 (issue 16): each document's number checked by its form and check character before a check is recorded. */
class IdentityNumbersTest {

    private static String problem(IdentityDocument d, String number) {
        var m = IdentityNumbers.problem(d, IdentityNumbers.normalise(number));
        return m == null ? null : m.in(Locale.ENGLISH);
    }

    @Test
    void aResidentIdCardsLastCharacterIsItsGb11643CheckCharacter_S4() {
        assertNull(problem(IdentityDocument.RESIDENT_ID_CARD, "11010519491231002X"), "the standard's example, check X");
        assertNull(problem(IdentityDocument.RESIDENT_ID_CARD, "11010519491231002x"), "a lower-case x is the same");
        assertNull(problem(IdentityDocument.RESIDENT_ID_CARD, "440524188001010014"));
        assertNull(problem(IdentityDocument.RESIDENT_ID_CARD, "110105199003071239"));
        assertNull(problem(IdentityDocument.RESIDENT_ID_CARD, "１１０１０５１９９００３０７１２３９"), "full-width digits as typed on a Chinese keyboard");
        assertNull(problem(IdentityDocument.RESIDENT_ID_CARD, "110105 19900307 1239"), "spaces between the groups");
        assertEquals("the last character is not the check character of this number: read the number again",
                problem(IdentityDocument.RESIDENT_ID_CARD, "110105199003071234"));
        assertNotNull(problem(IdentityDocument.RESIDENT_ID_CARD, "11010519491231002Y"));
        assertEquals("a resident ID card's number has 18 characters: 17 digits and a digit or X",
                problem(IdentityDocument.RESIDENT_ID_CARD, "1101051990030712"));
        assertNotNull(problem(IdentityDocument.RESIDENT_ID_CARD, "X10105199003071239"));
        assertEquals('X', IdentityNumbers.idCheck("11010519491231002"));
    }

    @Test
    void aUnifiedSocialCreditCodesLastCharacterIsItsGb32100CheckCharacter_S4() {
        assertNull(problem(IdentityDocument.BUSINESS_LICENCE, "91350100M000100Y43"));
        assertNull(problem(IdentityDocument.BUSINESS_LICENCE, "91110000802100433B"));
        assertNull(problem(IdentityDocument.BUSINESS_LICENCE, "91110000802100433b"));
        assertEquals("the last character is not the check character of this code: read the code again",
                problem(IdentityDocument.BUSINESS_LICENCE, "913501007051212345"));
        assertNotNull(problem(IdentityDocument.BUSINESS_LICENCE, "91350100M000100Y4"), "17 characters");
        assertNotNull(problem(IdentityDocument.BUSINESS_LICENCE, "91350100O000100Y43"), "no letter O in a credit code");
    }

    @Test
    void passportsAndPermitsByTheirForm_S4() {
        assertNull(problem(IdentityDocument.PASSPORT, "E12345678"));
        assertNull(problem(IdentityDocument.PASSPORT, "EA1234567"));
        assertNotNull(problem(IdentityDocument.PASSPORT, "123456789"));
        assertNull(problem(IdentityDocument.HK_MACAO_PERMIT, "H12345678"));
        assertNull(problem(IdentityDocument.HK_MACAO_PERMIT, "M1234567890"));
        assertNotNull(problem(IdentityDocument.HK_MACAO_PERMIT, "K12345678"));
        assertNull(problem(IdentityDocument.TAIWAN_PERMIT, "12345678"));
        assertNotNull(problem(IdentityDocument.TAIWAN_PERMIT, "1234567"));
        assertNull(problem(IdentityDocument.FOREIGN_PERMANENT_RESIDENCE, "USA123456789012"), "the old 15-character card");
        assertNull(problem(IdentityDocument.FOREIGN_PERMANENT_RESIDENCE, "933100199001010014"), "the 2023 card, with its check character");
        assertNotNull(problem(IdentityDocument.FOREIGN_PERMANENT_RESIDENCE, "933100199001010015"));
        assertNotNull(problem(IdentityDocument.FOREIGN_PERMANENT_RESIDENCE, "110105199003071239"), "an 18-character one starts with 9");
    }
}
