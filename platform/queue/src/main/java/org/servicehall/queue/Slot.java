package org.servicehall.queue;

import java.time.LocalTime;

/** Q9: a bookable time slot of a service on a day, with the places left. */
public record Slot(LocalTime start, LocalTime end, int capacity, int booked) {
    public int free() {
        return Math.max(0, capacity - booked);
    }
}
