package org.servicehall.attendance;

/**
 * EventAdmin topics and property keys of attendance (part of the versioned API). Every event has
 * {@link #SITE}; staff events {@link #STAFF_NUMBER}, {@link #STAFF_NAME} and {@link #WINDOW}.
 */
public final class AttendanceEvents {
    public static final String PREFIX = "org/servicehall/attendance/";
    public static final String CLOCKED_IN = PREFIX + "ClockedIn";
    public static final String CLOCKED_OUT = PREFIX + "ClockedOut";
    public static final String LEFT_POST = PREFIX + "LeftPost";
    public static final String RETURNED_TO_POST = PREFIX + "ReturnedToPost";
    /**
     * A leave-post lasted longer than allowed: a conduct violation <em>candidate</em> (禁止擅自离岗)
     * for a supervisor to review; carries {@link #MINUTES}, {@link #ALLOWED_MINUTES}, {@link #REASON} and
     * {@link #LEAVE_ID}. Published once per leave, across nodes.
     */
    public static final String LEAVE_OVERRUN = PREFIX + "LeaveOverrun";
    /** A live staffing alert for supervisors; carries {@link #KIND} and {@link #MESSAGE}. */
    public static final String ALERT = PREFIX + "Alert";
    public static final String RECORD_CORRECTED = PREFIX + "RecordCorrected";
    public static final String ALL = PREFIX + "*";

    /** Long: the site id. */
    public static final String SITE = "site";
    public static final String STAFF_NUMBER = "staffNumber";
    public static final String STAFF_NAME = "staffName";
    /** Integer: the window number. */
    public static final String WINDOW = "window";
    public static final String REASON = "reason";
    /** Long: minutes. */
    public static final String MINUTES = "minutes";
    public static final String ALLOWED_MINUTES = "allowedMinutes";
    /** Long: the leave-post an overrun is about. */
    public static final String LEAVE_ID = "leaveId";
    /** Of an {@link #ALERT}: the name of an {@link AlertKind}, or a plugin rule's own kind ({@link StaffingRule}). */
    public static final String KIND = "kind";
    public static final String MESSAGE = "message";
    /** String: the service code an alert is about, when there is one. */
    public static final String SERVICE = "service";

    private AttendanceEvents() {
    }
}
