package org.servicehall.assessment;

/** M1: how long an assessment period is. */
public enum PeriodKind {
    /** A calendar month (the default). */
    MONTH,
    /** A calendar quarter (Q1 = January to March). */
    QUARTER
}
