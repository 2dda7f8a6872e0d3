package org.servicehall.queue;

import java.time.Duration;

/** A ticket as its holder follows it: status, people ahead, estimated wait, the window calling it. */
public record TicketPosition(Ticket ticket, int peopleAhead, Duration estimatedWait) {
}
