package org.servicehall.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue ticket (Q1).
 *
 * @param number the readable number: the service's prefix and a daily sequence, e.g. {@code A012}
 * @param issuedAt when it was first issued; kept through transfers (Q6)
 * @param windowNumber the window that called it, or null
 * @param targetWindow after a transfer to a particular window, only that window may call it; or null
 * @param recalls how often it was called again after the first call
 */
public record Ticket(long id, long siteId, String serviceCode, String number, int sequence, LocalDate businessDate,
        PriorityClass priority, Channel channel, TicketStatus status, Instant issuedAt, Instant calledAt, Instant startedAt,
        Instant finishedAt, Integer windowNumber, Integer targetWindow, int recalls, int transfers, String handoffNote) {
}
