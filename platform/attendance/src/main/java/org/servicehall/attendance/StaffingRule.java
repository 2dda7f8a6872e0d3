package org.servicehall.attendance;

import java.util.List;

/**
 * A live staffing rule, fired by the queue and attendance state: the core's rules (a rostered window
 * opened without clock-in, staff left the post while people wait, an idle window, a service nobody
 * staffs) and any a sector plugin registers as an OSGi service. Each rule is evaluated on a timer
 * and after each sign-in change; every alert it returns is published once on EventAdmin
 * ({@link AttendanceEvents#ALERT}) and shown on the attendance board while it stands. A rule that
 * throws is skipped and logged; the others still run.
 */
public interface StaffingRule {

    /** The alerts that stand now in the given hall. */
    List<StaffingAlert> evaluate(StaffingSnapshot hall);
}
