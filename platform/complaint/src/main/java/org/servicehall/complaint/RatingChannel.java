package org.servicehall.complaint;

/** P1: where a rating was given. */
public enum RatingChannel {
    /** The rating pad (tablet) at the window. */
    PAD,
    /** The citizen's phone, through the link or QR code of the ticket. */
    PHONE
}
