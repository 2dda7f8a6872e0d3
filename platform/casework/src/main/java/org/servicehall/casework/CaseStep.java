package org.servicehall.casework;

import java.time.Instant;

/**
 * One step of a case's timeline, kept for good (every step is audited too, S2).
 *
 * @param stage the stage after the step
 * @param actor the account that made it
 * @param note the step's text: what is missing, the decision, the hand-over's note (masked for readers who do not handle the case)
 */
public record CaseStep(long id, long caseId, Instant at, StepKind kind, CaseStage stage, String actor, String note) {
}
