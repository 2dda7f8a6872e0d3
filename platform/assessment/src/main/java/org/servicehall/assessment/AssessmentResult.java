package org.servicehall.assessment;

import java.time.Instant;
import java.util.List;

/**
 * M1: the stored assessment of a site for a period. It stays as it is until someone re-runs the
 * period explicitly, which replaces it (audited).
 *
 * @param settings the weights and thresholds it was computed with
 * @param feedbackAvailable whether ratings and complaints were available (the complaint area was
 *        running); without them every attitude part is the neutral score
 * @param scores best first
 */
public record AssessmentResult(long id, long siteId, Period period, AssessmentSettings settings, Instant ranAt, String ranBy,
        boolean feedbackAvailable, List<StaffScore> scores) {
    public AssessmentResult {
        scores = List.copyOf(scores);
    }
}
