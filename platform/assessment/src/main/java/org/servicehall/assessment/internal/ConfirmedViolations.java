package org.servicehall.assessment.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * C4: how many confirmed violations each staff member of a site had with a date in the period;
 * the conduct area's in the container ({@link AssessmentComponent.Violations}).
 */
@FunctionalInterface
public interface ConfirmedViolations {

    Map<String, Long> count(long siteId, LocalDate from, LocalDate to);
}
