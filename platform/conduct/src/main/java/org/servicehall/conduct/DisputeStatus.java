package org.servicehall.conduct;

/** A dispute is escalated to the supervision desk when recorded, and resolved there (C8). */
public enum DisputeStatus {
    ESCALATED, RESOLVED
}
