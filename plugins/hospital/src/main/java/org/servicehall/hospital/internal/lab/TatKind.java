package org.servicehall.hospital.internal.lab;

/** How a turnaround-time class sets its limit (H4). */
public enum TatKind {
    /** A number of minutes from sampling (30 minutes, 4 days). */
    MINUTES,
    /** Reported the day it was sampled, before midnight in the site's zone. */
    SAME_DAY,
    /** By appointment: the report's time is agreed at sampling. */
    APPOINTMENT
}
