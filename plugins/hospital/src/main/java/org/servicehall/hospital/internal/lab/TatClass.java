package org.servicehall.hospital.internal.lab;

import java.util.List;

/**
 * A turnaround-time class (H4: 检验报告时限, from the start of the test to the report). The plugin
 * declares the five of the hospital's window rules; the lab edits their limits and warning point.
 *
 * @param limitMinutes the limit for {@link TatKind#MINUTES}, else null
 * @param warnPercent when, in per cent of the time allowed, the warning fires (80: at 24 of 30 minutes)
 * @param aroundClock whether it takes specimens at any hour (the emergency lab, 24小时急诊检验)
 */
public record TatClass(String code, TatKind kind, Integer limitMinutes, int warnPercent, boolean aroundClock, int sortOrder) {
    public static final String ROUTINE = "ROUTINE";
    public static final String BIOCHEMISTRY = "BIOCHEMISTRY";
    public static final String BACTERIOLOGY = "BACTERIOLOGY";
    public static final String SPECIAL = "SPECIAL";
    public static final String EMERGENCY = "EMERGENCY";
    public static final int DEFAULT_WARN_PERCENT = 80;

    /**
     * As declared by the hospital's window rules: routine blood, urine and stool ≤ 30 minutes;
     * routine biochemistry, coagulation and immunology the same day; routine bacteriology ≤ 4 days;
     * special tests by appointment; the emergency lab around the clock. The rules give the
     * emergency lab no limit of its own: 120 minutes is the plugin's default, for the lab to set.
     */
    public static final List<TatClass> DECLARED = List.of(
            new TatClass(ROUTINE, TatKind.MINUTES, 30, DEFAULT_WARN_PERCENT, false, 10),
            new TatClass(BIOCHEMISTRY, TatKind.SAME_DAY, null, DEFAULT_WARN_PERCENT, false, 20),
            new TatClass(BACTERIOLOGY, TatKind.MINUTES, 4 * 24 * 60, DEFAULT_WARN_PERCENT, false, 30),
            new TatClass(SPECIAL, TatKind.APPOINTMENT, null, DEFAULT_WARN_PERCENT, false, 40),
            new TatClass(EMERGENCY, TatKind.MINUTES, 120, DEFAULT_WARN_PERCENT, true, 50));

    /** The label key of the class: {@code lab.class.<CODE>}. */
    public String labelKey() {
        return "lab.class." + code;
    }
}
