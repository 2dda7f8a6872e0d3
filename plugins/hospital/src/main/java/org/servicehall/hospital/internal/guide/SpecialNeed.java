package org.servicehall.hospital.internal.guide;

import java.time.Instant;

import org.servicehall.queue.PriorityClass;

/**
 * A special-needs request at the guide desk (H1).
 *
 * @param targetService for a green channel, the service its priority ticket is for (registration, payment, pharmacy, lab)
 * @param ticketNumber the green channel's priority ticket
 */
public record SpecialNeed(long id, long siteId, SpecialNeedKind kind, String patientName, String note, String targetService,
        PriorityClass priority, SpecialNeedStatus status, String requestedBy, Instant requestedAt, String helper, Instant assignedAt,
        String completedBy, Instant completedAt, Long ticketId, String ticketNumber) {
}
