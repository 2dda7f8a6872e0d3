package org.servicehall.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** P4: the rectification (整改) of a confirmed complaint, tracked to closure. */
public record Rectification(long id, long siteId, long complaintId, String trackingNumber, String what, String owner,
        LocalDate due, RectificationStatus status, String evidence, Instant doneAt, String verifiedBy, Instant verifiedAt,
        Instant openedAt) {

    /** Whether it is still open after its due day. */
    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && today.isAfter(due);
    }
}
