package org.servicehall.queue;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Q9: an appointment (预约) for a service in a time slot. The booking code is what the citizen
 * keeps; at the kiosk it becomes a ticket with appointment priority.
 */
public record Booking(long id, long siteId, String serviceCode, LocalDate date, LocalTime slotStart, String code, Status status,
        Long ticketId) {

    public enum Status {
        BOOKED, CHECKED_IN, NO_SHOW, CANCELLED
    }
}
