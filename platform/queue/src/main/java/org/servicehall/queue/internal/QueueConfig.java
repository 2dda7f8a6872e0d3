package org.servicehall.queue.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The queue's settings ({@code etc/org.servicehall.queue.cfg}), shared by its components under one PID. */
@ObjectClassDefinition(name = "ServiceHall queue")
public @interface QueueConfig {
    String PID = "org.servicehall.queue";

    @AttributeDefinition(description = "Q3: alert when more than this many wait for one service")
    int alertWaitingOver() default 10;

    @AttributeDefinition(description = "Q4: waiting-time target in minutes")
    int waitTargetMinutes() default 10;

    @AttributeDefinition(description = "Q2: no normal ticket is passed over by priority tickets for longer than this (minutes)")
    int fairnessCapMinutes() default 20;

    @AttributeDefinition(description = "Q6: recalls before a ticket may be marked as no-show")
    int recallsBeforeNoShow() default 2;

    @AttributeDefinition(description = "Q4: service time assumed (minutes) until a service has history today")
    int defaultServiceMinutes() default 5;

    @AttributeDefinition(description = "Q9: length of an appointment slot in minutes (5..240), for the services without their own (issue 14 H5)")
    int slotMinutes() default 30;

    @AttributeDefinition(description = "Q9: appointments per slot and service (1..100), for the services without their own (issue 14 H5)")
    int slotCapacity() default 4;

    @AttributeDefinition(description = "Issue 17: a ticket called and not started for longer than this (minutes) is listed to the "
            + "supervisor as left at its window")
    int calledLeftMinutes() default 15;

    @AttributeDefinition(description = "Issue 17: a ticket served for longer than this (minutes) is listed to the supervisor as left "
            + "at its window")
    int servingLeftMinutes() default 120;
}
