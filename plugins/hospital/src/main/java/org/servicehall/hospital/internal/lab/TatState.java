package org.servicehall.hospital.internal.lab;

/** Where a specimen stands against its turnaround limit (H4); label {@code lab.state.<NAME>}. */
public enum TatState {
    NOT_SAMPLED, ON_TIME, WARNING, BREACHED, REPORTED_ON_TIME, REPORTED_LATE
}
