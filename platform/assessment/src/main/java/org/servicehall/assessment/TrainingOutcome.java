package org.servicehall.assessment;

/** M2: how a staff member took part in a course. */
public enum TrainingOutcome {
    /** Attended and passed the test. */
    PASSED,
    /** Attended (no test, or not passed). */
    ATTENDED,
    /** Enrolled but did not come. */
    ABSENT
}
