package org.servicehall.queue;

import java.time.Duration;

/** What the kiosk prints: the ticket, how many are ahead and the estimated wait. */
public record TicketReceipt(Ticket ticket, String siteName, String serviceName, int peopleAhead, Duration estimatedWait) {
}
