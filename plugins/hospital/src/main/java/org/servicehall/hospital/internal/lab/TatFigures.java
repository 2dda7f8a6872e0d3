package org.servicehall.hospital.internal.lab;

import java.time.Duration;

/**
 * One turnaround class's figures for a day (H4): specimens sampled that day and reported, their
 * P50 and P90 turnaround (sampling to report; null without any), and how many were late.
 */
public record TatFigures(String tatClass, int reported, Duration p50, Duration p90, int late) {
}
