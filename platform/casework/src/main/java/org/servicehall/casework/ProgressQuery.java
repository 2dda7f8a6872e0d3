package org.servicehall.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * T3: the public progress query (no login): by case number and the last four digits of the
 * applicant's phone or ID number, the stage, the deadline and what is missing, where the case is
 * (the unit holding it) and its hand-overs; never the applicant's personal data nor the names of
 * the staff who handed it on. A wrong number or wrong digits get the same answer as an unknown case.
 */
@ProviderType
public interface ProgressQuery {
    /** @throws org.servicehall.common.NotFound for no such case with those digits */
    Progress progress(String caseNumber, String lastDigits);

    /**
     * @param due null while paused
     * @param missing what the applicant must bring while paused
     * @param siteCode the site's code, for its time zone and its pages (since 1.1)
     * @param serviceCode the item's code (since 1.1)
     * @param unit the back-office unit holding the case now, null at the front window (since 1.1)
     * @param handOvers the case's hand-overs, oldest first, without who made them or their notes (since 1.1)
     */
    record Progress(String number, String siteName, String serviceName, CaseStage stage, LocalDate acceptedOn, LocalDate due,
            boolean paused, String missing, int daysLeft, Light light, String siteCode, String serviceCode, String unit, List<Passage> handOvers) {

        public Progress {
            handOvers = handOvers == null ? List.of() : List.copyOf(handOvers);
        }

        /** The progress of 1.0: no unit, no hand-overs. */
        public Progress(String number, String siteName, String serviceName, CaseStage stage, LocalDate acceptedOn, LocalDate due,
                boolean paused, String missing, int daysLeft, Light light) {
            this(number, siteName, serviceName, stage, acceptedOn, due, paused, missing, daysLeft, light, null, null, null, List.of());
        }
    }

    /**
     * A hand-over as the applicant sees it: when, from where, to where (unit codes; null for the front window).
     *
     * @since 1.1
     */
    record Passage(Instant at, String fromUnit, String toUnit) {
    }
}
