package org.servicehall.queue;

/** Q1: where a ticket was issued. */
public enum Channel {
    KIOSK, DESK, API, APPOINTMENT
}
