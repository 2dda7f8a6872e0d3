package org.servicehall.complaint.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.servicehall.common.Validator;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.Resolution;

/** P2/P3: checks of a new complaint and of a resolution; tracking numbers. Plain Java. */
public final class ComplaintRules {
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 100;
    public static final int MAX_NOTE = 1000;
    /** Digits with optional '+', '-' and blanks, 5 to 20 characters (mobile 13812345678, landline 010-12345678). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{3,18}[0-9]");
    /** Letters and digits that cannot be mistaken for each other (no I, O, 0, 1). */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TRACKING = Pattern.compile("TS-\\d{8}-[A-Z2-9]{6}");

    private ComplaintRules() {
    }

    /** S4: a complainant's changed contact data: a name of the form's length, a phone number of the form's shape. */
    static void checkContact(String name, String phone) {
        Validator v = new Validator();
        v.maxLength("contactName", name, MAX_NAME).citizenText("contactName", name, false);
        v.check(phone == null || PHONE.matcher(phone).matches(), "contactPhone", ComplaintTexts.text("complaint.error.phone.invalid", phone));
        v.throwIfInvalid();
    }

    /** Checks the citizen's input; {@code knownCategory} tells the categories offered now. */
    public static void check(ComplaintDraft d, Predicate<String> knownCategory) {
        Validator v = new Validator();
        if (d == null) {
            v.error("text", ComplaintTexts.text("complaint.error.text.empty"));
            v.throwIfInvalid();
        }
        v.check(d.source() != null, "source", ComplaintTexts.text("complaint.error.source.required"));
        v.check(d.text() != null && !d.text().isBlank(), "text", ComplaintTexts.text("complaint.error.text.empty"))
                .maxLength("text", d.text(), MAX_TEXT).citizenText("text", d.text(), true);
        v.maxLength("contactName", d.contactName(), MAX_NAME).citizenText("contactName", d.contactName(), false);
        String phone = clean(d.contactPhone());
        v.check(phone == null || PHONE.matcher(phone).matches(), "contactPhone", ComplaintTexts.text("complaint.error.phone.invalid", phone));
        if (d.category() != null && !d.category().isBlank()) {
            v.check(knownCategory.test(d.category().strip()), "category", ComplaintTexts.text("complaint.error.category.unknown", d.category().strip()));
        }
        v.maxLength("ticketNumber", d.ticketNumber(), 20).maxLength("staffNumber", d.staffNumber(), 40);
        if (d.windowNumber() != null) {
            v.range("windowNumber", d.windowNumber(), 1, 999);
        }
        v.throwIfInvalid();
    }

    public static void check(Resolution r) {
        Validator v = new Validator();
        if (r == null) {
            v.error("finding", ComplaintTexts.text("complaint.error.finding.empty"));
            v.throwIfInvalid();
        }
        v.required("finding", r.finding()).maxLength("finding", r.finding(), MAX_NOTE).citizenText("finding", r.finding(), true);
        v.required("action", r.action()).maxLength("action", r.action(), MAX_NOTE).citizenText("action", r.action(), true);
        v.maxLength("rectification", r.rectification(), MAX_NOTE).citizenText("rectification", r.rectification(), true).maxLength("ruleCode", r.ruleCode(), 40);
        v.check(r.confirmed() || !r.staffAtFault(), "staffAtFault", ComplaintTexts.text("complaint.error.staffAtFault.unconfirmed"));
        v.throwIfInvalid();
    }

    /** A tracking number such as {@code TS-20261130-7KQ2MX}: the day and six random characters (32^6 ≈ 10^9 a day). */
    public static String trackingNumber(LocalDate day, Random random) {
        StringBuilder b = new StringBuilder("TS-").append(DAY.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    public static boolean looksLikeTrackingNumber(String s) {
        return s != null && TRACKING.matcher(s.strip().toUpperCase()).matches();
    }

    /** Blank to null, else stripped. */
    public static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
