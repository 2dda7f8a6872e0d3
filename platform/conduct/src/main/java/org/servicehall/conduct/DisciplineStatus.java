package org.servicehall.conduct;

/** Where a proposed sanction or commendation stands (C5): a supervisor decides every proposal. */
public enum DisciplineStatus {
    PROPOSED, CONFIRMED, REJECTED
}
