package org.servicehall.conduct;

/** An enquiry is open (owned by one window and staff member) until it is answered (C7). */
public enum EnquiryStatus {
    OPEN, ANSWERED
}
