package org.servicehall.casework;

import org.servicehall.security.Masking;

/**
 * The applicant of a case. A person's name, ID number and phone are personal data (S3): readers who
 * do not handle the case get them masked ({@link #masked}, by the platform's {@link Masking}), the
 * public progress page never.
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
            return new Applicant(kind, name, idNumber, Masking.number(phone));
        }
        return new Applicant(kind, Masking.name(name), Masking.number(idNumber), Masking.number(phone));
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
            return new Applicant(kind, Masking.organisation(name), Masking.number(idNumber), Masking.number(phone));
        }
        return masked();
    }
}
