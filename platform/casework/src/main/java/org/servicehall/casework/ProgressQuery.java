package org.servicehall.casework;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * T3: the public progress query (no login): by case number and the last four digits of the
 * applicant's phone or ID number, the stage, the deadline and what is missing; never the
 * applicant's personal data. A wrong number or wrong digits get the same answer as an unknown case.
 */
@ProviderType
public interface ProgressQuery {
    /** @throws org.servicehall.common.NotFound for no such case with those digits */
    Progress progress(String caseNumber, String lastDigits);

    /**
     * @param due null while paused
     * @param missing what the applicant must bring while paused
     */
    record Progress(String number, String siteName, String serviceName, CaseStage stage, LocalDate acceptedOn, LocalDate due,
            boolean paused, String missing, int daysLeft, Light light) {
    }
}
