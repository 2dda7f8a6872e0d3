package org.servicehall.assessment.internal;

import java.util.Optional;

import org.servicehall.casework.Supervision;

/**
 * Casework's electronic supervision while it runs (T3 feeds M1: cases completed within their time
 * limit join the efficiency part; without it the efficiency part is the queue's alone);
 * {@link AssessmentComponent.Casework} in the container.
 */
@FunctionalInterface
public interface CaseworkSource {

    Optional<Supervision> current();
}
