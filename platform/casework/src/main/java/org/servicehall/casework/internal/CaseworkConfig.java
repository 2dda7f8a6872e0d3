package org.servicehall.casework.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The area's settings ({@code etc/org.servicehall.casework.cfg}), shared by its services under one PID. */
@ObjectClassDefinition(name = "ServiceHall casework", description = "Cases, electronic supervision and holiday tables (T1-T3)")
public @interface CaseworkConfig {
    String PID = "org.servicehall.casework";

    @AttributeDefinition(description = "T3: a case turns yellow this many working days before its deadline (its last day included)")
    int yellowWithinDays() default 1;

    @AttributeDefinition(description = "T3: instead, yellow once at most this share of the time limit is left (above 0, at most 1; 0: use the days)")
    double yellowShare() default 0;

    @AttributeDefinition(description = "T3: minutes between two supervision sweeps (lights, escalations)")
    int sweepMinutes() default 10;

    @AttributeDefinition(description = "T2: the next year's holiday table is asked for from this many days before the year starts")
    int holidayWarningDays() default 92;
}
