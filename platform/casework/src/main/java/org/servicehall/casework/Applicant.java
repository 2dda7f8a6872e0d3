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

    /**
     * S3 for sectors whose rule protects organisations too (the tax hall's 第七条): a person as in
     * {@link #masked()}; an organisation's name keeps its first character and its last two
     * (北京某某科技有限公司 → 北*******公司), its credit code (纳税人识别号) and phone their first three and
     * last four characters.
     *
     * @since 1.1
     */
    public Applicant maskedWholly() {
        if (kind == ApplicantKind.ORGANISATION) {
            return new Applicant(kind, maskOrganisation(name), keepEnds(idNumber), keepEnds(phone));
        }
        return masked();
    }

    static String maskOrganisation(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int count = name.codePointCount(0, name.length());
        if (count <= 4) {
            return maskName(name);
        }
        int first = name.offsetByCodePoints(0, 1);
        int lastTwo = name.offsetByCodePoints(name.length(), -2);
        return name.substring(0, first) + "*".repeat(count - 3) + name.substring(lastTwo);
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
