package org.servicehall.conduct;

import java.time.Instant;

/** A formal hand-over of an enquiry from one window and staff member to another (C7). */
public record EnquiryHandOver(Instant at, int fromWindow, String fromStaff, int toWindow, String toStaff, String note,
        String handedBy) {
}
