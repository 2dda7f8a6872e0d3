package org.servicehall.casework.seal;

/** What an entry of the seal register records. */
public enum SealEntryKind {
    /** A staff member asks to use a seal. */
    REQUESTED,
    /** A supervisor approved the request. */
    APPROVED,
    /** A supervisor refused it, with the reason. */
    REFUSED,
    /** The seal was used (the impressions made). */
    USED
}
