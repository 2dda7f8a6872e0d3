package org.servicehall.attendance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The area's settings ({@code etc/org.servicehall.attendance.cfg}), shared by its services under one PID. */
@ObjectClassDefinition(name = "ServiceHall attendance", description = "Clock-in, leave-post and live staffing rules (A1-A5)")
public @interface AttendanceConfig {
    String PID = "org.servicehall.attendance";

    @AttributeDefinition(description = "A2: minutes before the window opens by which staff must have clocked in")
    int clockInLeadMinutes() default 10;

    @AttributeDefinition(description = "A3: a leave-post longer than this (minutes) is a violation candidate")
    int maxLeaveMinutes() default 15;

    @AttributeDefinition(description = "Alert when a staffed window is idle this long (minutes) while people wait for its services")
    int idleAlertMinutes() default 5;

    @AttributeDefinition(description = "Seconds between evaluations of the live staffing rules")
    int checkSeconds() default 30;
}
