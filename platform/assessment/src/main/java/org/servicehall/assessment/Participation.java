package org.servicehall.assessment;

/** M2: one staff member's part in a course. */
public record Participation(long id, long courseId, String staffNumber, String staffName, TrainingOutcome outcome) {
}
