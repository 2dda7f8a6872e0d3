package org.servicehall.assessment;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Supervision and assessment (M1-M3) as one service, as in 1.0: the {@link AssessmentWeights},
 * {@link AssessmentRuns}, {@link TrainingRecords} and {@link AssessmentReports} together.
 *
 * @deprecated since 1.1: use the one of the four services the code needs; this aggregate stays
 *             registered for 1.x callers.
 */
@ProviderType
public interface AssessmentService extends AssessmentWeights, AssessmentRuns, TrainingRecords, AssessmentReports {
}
