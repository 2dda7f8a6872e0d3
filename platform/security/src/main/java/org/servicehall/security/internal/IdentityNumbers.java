package org.servicehall.security.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.security.IdentityDocument;

/**
 * S4 (issue 16): the form of each identity document's number, checked before a check is recorded.
 * A resident ID card's last character is its GB 11643-1999 check character (ISO 7064 MOD 11-2), a
 * unified social credit code's its GB 32100-2015 one; passports and permits by their form. Plain Java.
 */
final class IdentityNumbers {
    static final Texts TEXTS = Texts.of(IdentityNumbers.class, "security");
    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String ID_CHECK = "10X98765432";
    /** The 31 characters of a unified social credit code (no I, O, Z, S, V). */
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final Pattern ID_FORM = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern CREDIT_FORM = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z]{1,2}[0-9]{7,8}");
    private static final Pattern HK_MACAO = Pattern.compile("[HM][0-9]{8}(?:[0-9]{2})?");
    private static final Pattern TAIWAN = Pattern.compile("[0-9]{8}");
    private static final Pattern FOREIGN_OLD = Pattern.compile("[A-Z]{3}[0-9]{12}");
    private static final Pattern FOREIGN_NEW = Pattern.compile("9[0-9]{16}[0-9X]");

    private IdentityNumbers() {
    }

    /**
     * The number as compared and hashed: spaces and dashes dropped, full-width digits and letters as
     * ASCII, letters upper-case. Null stays null.
     */
    static String normalise(String number) {
        if (number == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(number.length());
        number.strip().codePoints().forEach(c -> {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = c - 0xFEE0; // full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ)
            }
            if (c != ' ' && c != '-' && c != '\u00A0' && c != '\u3000') {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a normalised number for its document, or null when its form is right. */
    static Message problem(IdentityDocument document, String number) {
        return switch (document) {
            case RESIDENT_ID_CARD -> !ID_FORM.matcher(number).matches() ? TEXTS.message("security.identity.idCard.form")
                    : idCheck(number) != number.charAt(17) ? TEXTS.message("security.identity.idCard.check") : null;
            case BUSINESS_LICENCE -> !CREDIT_FORM.matcher(number).matches() ? TEXTS.message("security.identity.credit.form")
                    : creditCheck(number) != number.charAt(17) ? TEXTS.message("security.identity.credit.check") : null;
            case PASSPORT -> PASSPORT.matcher(number).matches() ? null : TEXTS.message("security.identity.passport.form");
            case HK_MACAO_PERMIT -> HK_MACAO.matcher(number).matches() ? null : TEXTS.message("security.identity.hkMacao.form");
            case TAIWAN_PERMIT -> TAIWAN.matcher(number).matches() ? null : TEXTS.message("security.identity.taiwan.form");
            case FOREIGN_PERMANENT_RESIDENCE -> FOREIGN_OLD.matcher(number).matches() ? null
                    : !FOREIGN_NEW.matcher(number).matches() ? TEXTS.message("security.identity.foreign.form")
                            : idCheck(number) != number.charAt(17) ? TEXTS.message("security.identity.foreign.check") : null;
        };
    }

    /** GB 11643-1999 (ISO 7064 MOD 11-2): the check character of the first 17 digits. */
    static char idCheck(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** GB 32100-2015: the check character of a unified social credit code's first 17 characters. */
    static char creditCheck(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
    }
}
