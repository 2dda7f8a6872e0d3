package org.servicehall.complaint.internal;

/**
 * S3: masks a complainant's contact data for readers who do not handle the case: a name keeps its
 * first character (张*, 欧阳** → 欧**), a phone its first three and last four digits (138****5678).
 * Plain Java.
 */
public final class ContactMasking {
    private ContactMasking() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        int rest = n.codePointCount(first, n.length());
        return n.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

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
}
