package org.servicehall.queue;

import java.time.Instant;

/**
 * Whether tickets of a service can be taken now (Q1, Q8) — what a kiosk or an integrator shows
 * before a citizen picks the service — and when not, why and when issuing opens again.
 *
 * @param serviceCode the service item
 * @param takingTickets whether a ticket can be taken now
 * @param reason why not; null while tickets are taken
 * @param opensAgainAt when issuing opens again by the site's working-day calendar and hours; null
 *        while tickets are taken, and when it waits for someone (a window to be opened or assigned,
 *        a sector plugin to be installed)
 * @param message the reason in English, as issuing refuses a ticket; null while tickets are taken
 * @since 1.4
 */
public record IssuingStatus(String serviceCode, boolean takingTickets, Reason reason, Instant opensAgainAt, String message) {

    /** Why tickets cannot be taken now. */
    public enum Reason {
        /** The site does not work today (a weekend or a holiday of its calendar). */
        NOT_A_WORKING_DAY,
        /** Issuing starts 30 minutes before the windows open; it is earlier than that. */
        BEFORE_OPENING,
        /** The site's closing time has passed: issuing stopped for today (tickets issued before are served). */
        CLOSED_FOR_THE_DAY,
        /** No open window serves the service now (closed by a supervisor, or none assigned). */
        NO_OPEN_WINDOW,
        /** The service's sector plugin is not installed. */
        NOT_OFFERED
    }
}
