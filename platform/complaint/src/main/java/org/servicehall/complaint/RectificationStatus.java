package org.servicehall.complaint;

/** P4: a rectification task: open → done (with evidence) → verified by a supervisor. */
public enum RectificationStatus {
    OPEN, DONE, VERIFIED
}
