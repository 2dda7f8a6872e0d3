package org.servicehall.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3 (issue 16): the platform's one masking policy for citizens' personal data, used by every public
 * page, board, feed, export and log line, and for every reader who does not handle the object: a
 * person's name keeps its first character (张*, 欧阳娜 → 欧**), a phone, an ID number and a taxpayer's
 * number their first three and last four characters (138****5678, 110***********123X), an
 * organisation's name its first character and last two (北*******公司). {@link #text} does the same to
 * what free text (a complaint, a finding, feedback, a note) holds, so a reader who sees
 * {@code 张* 138****5678} in the contact fields does not read them in the text. Plain Java.
 *
 * @since 1.3
 */
public final class Masking {
    /** A digit as people type it: ASCII or full-width (０-９). */
    private static final String D = "[0-9\uFF10-\uFF19]";
    private static final String ZERO = "[0\uFF10]";
    private static final String ONE = "[1\uFF11]";
    private static final String D19 = "[1-9\uFF11-\uFF19]";
    private static final String D29 = "[2-9\uFF12-\uFF19]";
    private static final String D39 = "[3-9\uFF13-\uFF19]";
    /** The check character of an ID number: X, also lower-case or full-width. */
    private static final String X = "[Xx\uFF38\uFF58]";
    /** A character of a unified social credit code (GB 32100-2015): digits and capitals but I, O, S, V and Z. */
    private static final String TIN = "[0-9A-HJ-NPQRTUWXY]";
    /** One optional space or dash between groups of digits. */
    private static final String S = "[ \\-\u00A0]?";
    /** The country prefix of a phone number: +86, 0086, (+86), full-width ＋86. */
    private static final String CC = "(?:(?:\\+|\uFF0B|00)86[ \\-]?|[(\uFF08]\\+?86[)\uFF09][ \\-]?)";

    /**
     * What free text may hold, each alternative a whole number (no digit directly before or after):
     * <ul>
     * <li>{@code keep}: a complaint tracking number ({@code TS-20261130-7KQ2MX}), left as it is;</li>
     * <li>{@code tin}: a taxpayer's number with capitals in it: the unified social credit code
     * (91350100M000100Y43) and the older 20-character numbers (an all-digit one is an {@code id});</li>
     * <li>{@code id}: a mainland ID number: 18 characters (the last may be X), also written in the
     * groups 6-8-4 with spaces or dashes; the old 15-digit ones; and bank card numbers (16-19
     * digits, also in groups of four);</li>
     * <li>{@code mobile}: 1[3-9]x and 8 more digits, also as 3-4-4 groups and after +86;</li>
     * <li>{@code land}: a landline with its area code ({@code 010-6512 3456}, {@code (0755)23456789},
     * {@code +86 10 65123456}); a local number without area code is not told apart from an amount,
     * so it is left.</li>
     * </ul>
     * Ticket numbers ({@code A012}), dates, times, amounts and counts do not match.
     */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile(
            "(?<keep>TS-" + D + "{8}-[0-9A-Z]{6})"
                    // a taxpayer's number with letters in it (the tax hall's 第七条): the unified social credit code, 18 characters of
                    // digits and capitals but I, O, S, V, Z, and the older 20-character numbers; with six digits at least, so a word is no number
                    + "|(?<tin>(?<![0-9A-Za-z])(?=(?:[A-Z]*[0-9]){6})(?=[0-9A-Z]*[A-Z])(?:" + TIN + "{2}[0-9]{6}" + TIN + "{10}|[0-9A-Z]{20})"
                    + "(?![0-9A-Za-z]))"
                    + "|(?<![0-9\uFF10-\uFF19])(?:"
                    + "(?<id>" + D19 + D + "{5}" + S + "(?:18|19|20)" + D + "{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])" + S + D + "{3}(?:" + D + "|" + X + ")"
                    + "|" + D + "{17}" + X
                    + "|" + D + "{15,19}"
                    + "|" + D + "{4}(?:[ \\-]" + D + "{4}){3}(?:[ \\-]?" + D + "{1,3})?)"
                    + "|(?<mobilePrefix>" + CC + ")?(?<mobile>" + ONE + D39 + D + "(?:" + S + D + "{4}){2})"
                    + "|(?<landPrefix>" + CC + ")(?<intl>(?:[(\uFF08]" + ZERO + "?" + D19 + D + "{1,2}[)\uFF09]|" + ZERO + "?" + D19 + D + "{1,2})" + S
                    + D29 + D + "{2,3}" + S + D + "{4})"
                    + "|(?<land>(?:[(\uFF08]" + ZERO + D + "{2,3}[)\uFF09]|" + ZERO + D + "{2,3})" + S + D29 + D + "{2,3}" + S + D + "{4})"
                    + ")(?![0-9\uFF10-\uFF19])");

    private Masking() {
    }

    /** A person's name: its first character kept ({@code 张三} → {@code 张*}); null and blank stay as they are. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        int rest = n.codePointCount(first, n.length());
        return n.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    /**
     * A phone number: its first three and last four characters kept ({@code 13812345678} → {@code 138****5678});
     * a short one its last two. Null and blank stay as they are.
     */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 8) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
        }
        if (p.length() > 2) {
            return "*".repeat(p.length() - 2) + p.substring(p.length() - 2);
        }
        return "*".repeat(p.length());
    }

    /**
     * An ID number, a taxpayer's number (unified social credit code) or a bank card: as a phone, its first
     * three and last four characters kept ({@code 11010519900307123X} → {@code 110***********123X}).
     */
    public static String number(String number) {
        return phone(number);
    }

    /**
     * An organisation's name, where the sector protects organisations too (the tax hall's 第七条): its
     * first character and last two kept ({@code 北京某某科技有限公司} → {@code 北*******公司}); a name of at
     * most four characters as a person's.
     */
    public static String organisation(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int count = n.codePointCount(0, n.length());
        if (count <= 4) {
            return name(n);
        }
        int first = n.offsetByCodePoints(0, 1);
        int lastTwo = n.offsetByCodePoints(n.length(), -2);
        return n.substring(0, first) + "*".repeat(count - 3) + n.substring(lastTwo);
    }

    /**
     * S3: free text with the ID, bank card, mobile and landline numbers it holds masked as
     * {@link #phone} masks a phone: the first three and last four digits kept
     * ({@code 身份证 11010519900307123X} → {@code 身份证 110***********123X}, {@code 138-1234-5678} →
     * {@code 138****5678}, a +86 kept as written). Null stays null.
     */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = PERSONAL_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group("keep") != null) {
                replacement = m.group();
            } else if (m.group("tin") != null) {
                replacement = number(m.group("tin"));
            } else if (m.group("id") != null) {
                replacement = digits(m.group("id"));
            } else if (m.group("mobile") != null) {
                replacement = nullToEmpty(m.group("mobilePrefix")) + digits(m.group("mobile"));
            } else if (m.group("intl") != null) {
                replacement = m.group("landPrefix") + digits(m.group("intl"));
            } else {
                replacement = digits(m.group("land"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * S3: {@link #text(String)}, and the case's own contact name and phone wherever the text repeats
     * them (as {@link #name} and {@link #phone} mask them in the contact fields). A one-character
     * name is not looked for: it would mask that character everywhere.
     */
    public static String text(String text, String contactName, String contactPhone) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = text;
        String phone = contactPhone == null ? "" : contactPhone.strip();
        if (phone.length() >= 7) {
            t = t.replace(phone, phone(phone));
        }
        String name = contactName == null ? "" : contactName.strip();
        if (name.codePointCount(0, name.length()) >= 2) {
            t = t.replace(name, name(name));
        }
        return text(t);
    }

    /** The digits (and an ID number's X) of a matched number: the first three and last four kept, the rest starred. */
    private static String digits(String number) {
        StringBuilder d = new StringBuilder();
        number.codePoints().filter(c -> !isSeparator(c)).forEach(d::appendCodePoint);
        int n = d.length();
        return d.substring(0, 3) + "*".repeat(n - 7) + d.substring(n - 4);
    }

    private static boolean isSeparator(int c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c == '(' || c == ')' || c == '\uFF08' || c == '\uFF09';
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
