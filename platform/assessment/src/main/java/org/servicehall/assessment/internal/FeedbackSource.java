package org.servicehall.assessment.internal;

import java.util.Optional;

import org.servicehall.complaint.FeedbackReports;

/**
 * The complaint area's ratings and complaints while it runs (it is optional: without it every
 * attitude part is neutral); {@link AssessmentComponent.Feedback} in the container.
 */
@FunctionalInterface
public interface FeedbackSource {

    Optional<FeedbackReports> current();
}
