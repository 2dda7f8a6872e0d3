package org.servicehall.admincenter.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.servicehall.security.Masking;

/**
 * An online pre-application (网上预审, AC3) as kept: the citizen's form, the staff's answer.
 *
 * @param token what the citizen's link holds (the only way to read it without a login)
 * @param missing the codes of the materials the one-time notice asked for, comma-separated, or null
 */
public record PreApplication(long id, long siteId, String token, String serviceCode, String applicantName, String applicantPhone,
        String note, Status status, Instant submittedAt, String answeredBy, Instant answeredAt, String missing, String answerNote) {

    /** Where a pre-application stands. */
    public enum Status {
        /** Sent, waiting for the staff's pre-check. */
        SUBMITTED,
        /** Answered with a one-time notice of every missing material. */
        NOTICE,
        /** Complete: the applicant is invited to book a visit. */
        INVITED
    }

    /** The missing materials' codes. */
    public List<String> missingCodes() {
        return missing == null || missing.isBlank() ? List.of() : Arrays.asList(missing.split(","));
    }

    /** The applicant's phone masked by the platform's one policy (S3: 138****5678), for lists. */
    public String maskedPhone() {
        return Masking.phone(applicantPhone);
    }
}
