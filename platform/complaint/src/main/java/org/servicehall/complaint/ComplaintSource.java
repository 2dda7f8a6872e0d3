package org.servicehall.complaint;

/** P3: where a complaint came from. */
public enum ComplaintSource {
    /** The public web page (phones, computers). */
    WEB,
    /** The complaint page of the kiosk in the hall. */
    KIOSK,
    /** A phone call recorded by staff in the console. */
    PHONE,
    /** A rating of 不满意 or worse (P2), linked to the ticket, window and staff member. */
    RATING
}
