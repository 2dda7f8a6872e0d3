package org.servicehall.hospital.internal.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.servicehall.hospital.internal.pharmacy.DispenseCheck;

/**
 * One day of a hospital hall in figures (the site's day): prescriptions dispensed and dispensings
 * refused, with how often each check of 四查十对 was missing (H3); per turnaround class the reports,
 * their P50/P90, the late ones and the breaches flagged (H4); payments finished and their sum (H2).
 */
public record DayReport(LocalDate day, int dispensed, int refused, List<MissingCheck> missingChecks, List<LabClass> lab, int payments,
        BigDecimal paid) {

    public DayReport {
        missingChecks = List.copyOf(missingChecks);
        lab = List.copyOf(lab);
    }

    /** How many refused dispensings missed this check. */
    public record MissingCheck(DispenseCheck check, int times) {
    }

    /**
     * A turnaround class on the day: specimens sampled that day and reported, P50/P90 (null without
     * any), how many were reported late, and the breaches flagged that day (reported or not).
     */
    public record LabClass(String tatClass, int reported, Duration p50, Duration p90, int late, int breaches) {
    }
}
