package org.servicehall.complaint;

import java.time.LocalDate;

/**
 * P2: what the public tracking page shows for a tracking number: no contact data, no staff names
 * (S3).
 *
 * @param due the deadline of the current stage, or null
 * @param feedback the answer to the complainant once given, else null
 * @param rejectionReason why it was not accepted, when rejected
 */
public record ComplaintTracking(String trackingNumber, String siteCode, ComplaintSource source, String category,
        ComplaintStatus status, LocalDate registeredOn, LocalDate due, String feedback, String rejectionReason) {
}
