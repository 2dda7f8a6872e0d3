package org.servicehall.taxhall.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;

/**
 * TX3 (第七条, S3): taxpayer identification numbers (纳税人识别号) and names as a public page, board or
 * export shows them. One taxpayer is masked as casework masks it ({@link Applicant#maskedWholly()}:
 * 913***********0Y43, 北*******公司); {@link #text} finds the numbers in free text and masks each: the
 * unified social credit code (18 characters, digits and capital letters but I, O, S, V and Z) and
 * the older numbers of 15, 17 or 20 characters, with at least six digits in them, none glued to a
 * letter or digit before or after. Ticket numbers, case numbers, dates and amounts do not match.
 * Plain Java.
 */
public final class TaxpayerMasking {
    private static final String C = "[0-9A-HJ-NPQRTUWXY]";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])(?=(?:[A-Z]*[0-9]){6})(?:" + C + "{2}[0-9]{6}" + C + "{10}|[0-9]{15}|[0-9]{17}|[0-9A-Z]{20})(?![0-9A-Za-z])");

    private TaxpayerMasking() {
    }

    /** One taxpayer identification number masked (first three and last four characters kept). */
    public static String number(String tin) {
        return new Applicant(ApplicantKind.ORGANISATION, null, tin, null).maskedWholly().idNumber();
    }

    /** One taxpayer's name masked: a company's first character and last two (北*******公司), a person's first. */
    public static String name(String name, ApplicantKind kind) {
        return new Applicant(kind, name, null, null).maskedWholly().name();
    }

    /** Every taxpayer identification number in the text masked; the text otherwise unchanged. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(number(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the text holds a taxpayer identification number (a public text must not). */
    public static boolean holdsNumber(String text) {
        return text != null && NUMBER.matcher(text).find();
    }
}
