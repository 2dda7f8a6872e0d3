package org.servicehall.attendance;

/** The live staffing rules that raise alerts for supervisors. */
public enum AlertKind {
    /** A window with a signed-in staff member stays idle while people wait for a service it serves. */
    IDLE_WINDOW,
    /** The staff member left the post while tickets wait for the window's services (A3). */
    LEFT_POST_WHILE_WAITING,
    /** A rostered window opened and its staff member has not clocked in (A2). */
    NO_CLOCK_IN_AT_OPENING,
    /** Tickets wait for a service that no staffed, open window serves now (A3). */
    SERVICE_UNSTAFFED
}
