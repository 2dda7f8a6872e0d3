package org.servicehall.casework;

/**
 * The applicant of a case. A person's name, ID number and phone are personal data (S3): readers who
 * do not handle the case get them masked ({@link #masked}), the public progress page never.
 *
 * @param idNumber a person's ID number or an organisation's unified social credit code
 */
public record Applicant(ApplicantKind kind, String name, String idNumber, String phone) {

    /**
     * S3: the applicant as a reader who does not handle the case sees it: a person's name keeps its
     * first character (张**), ID numbers and phones their first three and last four characters
     * (138****5678); an organisation's name and credit code are public, its contact phone is masked.
     */
    public Applicant masked() {
        if (kind == ApplicantKind.ORGANISATION) {
            return new Applicant(kind, name, idNumber, keepEnds(phone));
        }
        return new Applicant(kind, maskName(name), keepEnds(idNumber), keepEnds(phone));
    }

    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    static String keepEnds(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (text.length() <= 7) {
            return "*".repeat(text.length() - Math.min(2, text.length() - 1)) + text.substring(text.length() - Math.min(2, text.length() - 1));
        }
        return text.substring(0, 3) + "*".repeat(text.length() - 7) + text.substring(text.length() - 4);
    }
}
