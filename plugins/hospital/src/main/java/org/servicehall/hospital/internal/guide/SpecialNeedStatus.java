package org.servicehall.hospital.internal.guide;

/** H1: recorded → assigned to a helper → completed. */
public enum SpecialNeedStatus {
    OPEN, ASSIGNED, DONE
}
