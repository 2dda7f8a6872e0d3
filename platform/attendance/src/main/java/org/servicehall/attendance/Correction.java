package org.servicehall.attendance;

import java.time.Instant;

/**
 * A5: a supervisor's correction of an attendance record (a forgotten clock-out, a badge reader
 * that failed): the new clock-in and clock-out and the reason, which is required and audited.
 */
public record Correction(Instant clockIn, Instant clockOut, String reason) {
}
