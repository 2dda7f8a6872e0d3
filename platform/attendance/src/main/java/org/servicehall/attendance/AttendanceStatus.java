package org.servicehall.attendance;

/** A2: how a shift was attended. */
public enum AttendanceStatus {
    /** Clocked in at least the lead time (10 minutes by default) before the window opened, stayed to the end. */
    ON_TIME,
    /** Clocked in after the lead time before the window opened (迟到). */
    LATE,
    /** Clocked out before the shift ended (早退). */
    EARLY_LEAVE,
    /** Late and left early. */
    LATE_AND_EARLY_LEAVE,
    /** A rostered shift without a clock-in (缺勤/旷工). */
    ABSENT,
    /** Signed in at a window without a rostered shift (covering): counted, never late. */
    UNSCHEDULED,
    /** Still signed in, or the shift has not ended: not judged yet beyond lateness. */
    OPEN
}
