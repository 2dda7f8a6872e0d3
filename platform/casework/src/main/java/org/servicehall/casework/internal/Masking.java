package org.servicehall.casework.internal;

import org.servicehall.casework.Applicant;

/** S3: a step's note as a reader who does not handle the case reads it: the applicant's name, ID number and phone masked. Plain Java. */
final class Masking {
    private Masking() {
    }

    static String text(String note, CaseRow row, CaseParts parts) {
        if (note == null) {
            return null;
        }
        Applicant a = new Applicant(row.applicantKind(), row.applicantName(), row.applicantId(), row.applicantPhone());
        Applicant m = parts.masked(a, row.siteId(), row.serviceCode());
        String out = note;
        out = replace(out, a.idNumber(), m.idNumber());
        out = replace(out, a.phone(), m.phone());
        out = replace(out, a.name(), m.name());
        return out;
    }

    private static String replace(String text, String value, String masked) {
        return value == null || value.isEmpty() ? text : text.replace(value, masked);
    }
}
