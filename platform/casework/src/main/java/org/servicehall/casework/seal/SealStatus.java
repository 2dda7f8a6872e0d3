package org.servicehall.casework.seal;

/** Where a seal request stands. */
public enum SealStatus {
    REQUESTED, APPROVED, REFUSED, USED
}
